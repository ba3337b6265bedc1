package org.diplotrack.ui.importer;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diplotrack.model.Failures;
import org.diplotrack.io.DataImport;
import org.diplotrack.io.ImportFormat;
import org.diplotrack.io.ImportReport;
import org.diplotrack.io.ProgressRate;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * One import as the window shows it: runs it through the {@link TaskRunner} (off the FX thread),
 * publishes its progress (fraction, rows/s, time left) on the FX thread through {@code fx}, and
 * ends with the report, a cancel or an error. Cancelling sets a flag the import reads between
 * batches; the store then rolls the whole import back.
 */
public final class ImportViewModel {
    /** Progress reaches the screen at most this often. */
    private static final long UPDATE_NANOS = 100_000_000L;

    private final TaskRunner tasks;
    private final Executor fx;
    private final Database db;
    private final boolean merge;
    private final Runnable imported;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();

    /**
     * @param fx       runs a step on the FX thread ({@code Platform::runLater}; in tests, {@code Runnable::run})
     * @param db       the record imported into
     * @param merge    whether the reports of one event become one contact (else a contact per row)
     * @param imported runs (on the FX thread) when contacts may have been added, so the window can reload
     */
    public ImportViewModel(TaskRunner tasks, Executor fx, Database db, boolean merge, Runnable imported) {
        this.tasks = tasks;
        this.fx = fx;
        this.db = db;
        this.merge = merge;
        this.imported = imported;
    }

    /** Imports {@code file}, the format told from the content. */
    public void start(Path file) {
        cancel.set(false);
        running.set(true);
        report.set(null);
        problem.set(null);
        progress.set(-1);
        status.set(Messages.get("import.reading", file.getFileName()));
        long start = System.nanoTime();
        long[] last = {0};
        tasks.run(Messages.get("import.busy", file.getFileName()), () -> new DataImport().run(file,
                ImportFormat.AUTO, false, (rows, done, total) -> {
                    long now = System.nanoTime();
                    if (now - last[0] >= UPDATE_NANOS || done >= total) {
                        last[0] = now;
                        ProgressRate rate = ProgressRate.of(start, now, rows, done, total);
                        fx.execute(() -> show(rate));
                    }
                }, cancel::get, contacts -> db.contacts().importAll(contacts, merge, cancel::get),
                missions -> db.missions().importAll(missions, cancel::get)),
                done -> {
                    running.set(false);
                    progress.set(1);
                    report.set(done);
                    imported.run();
                },
                e -> {
                    running.set(false);
                    progress.set(0);
                    if (e instanceof CancellationException) {
                        status.set(Messages.get("import.cancelled"));
                    } else {
                        LoggerFactory.getLogger(ImportViewModel.class).warn("Import of {} failed", file, e);
                        problem.set(Failures.message(e));
                        status.set(Messages.get("import.failed"));
                    }
                });
    }

    private void show(ProgressRate rate) {
        if (running.get()) {
            progress.set(rate.fraction());
            status.set(rate.label());
        }
    }

    public void cancel() {
        if (running.get()) {
            cancel.set(true);
            status.set(Messages.get("import.cancelling"));
        }
    }

    /** 0 to 1; -1 while it is not known yet. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** "120,000 rows, 38%, 61,000 rows/s, about 12 s left", then how it ended. */
    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** The report, once the import has finished. */
    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    /** The error message when the import failed (nothing was imported). */
    public StringProperty problemProperty() {
        return problem;
    }
}
