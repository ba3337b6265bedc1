package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.chart.export.ChartExport;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.model.Mission;
import org.diplotrack.store.ChangeWatch;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.DataLocation;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.ui.export.ExportSettings;
import org.diplotrack.ui.export.ExportViewModel;
import org.diplotrack.ui.importer.ImportViewModel;
import org.slf4j.LoggerFactory;

/**
 * The state of the main window without the window: the open record, and the view models of its
 * parts ({@link PairsViewModel} the pair list, {@link ContactsPageViewModel} the filters and the
 * page of contacts, {@link BackupsViewModel} backups and restores, {@link ChangesViewModel} the
 * changes to the record, undo and the trash), read together in one background task when a file
 * opens or the record changes. Reads and writes run through the {@link TaskRunner}.
 */
public final class MainViewModel {
    /** Opens (and seeds, when new) a database file; called off the FX thread. */
    @FunctionalInterface
    public interface Opener {
        Database open(Path file);

        /** Opens a file through {@link #open(Path)}, a shared record on its server. */
        default Database open(RecordLocation where) {
            return where.file().isPresent() ? open(where.file().get()) : where.open(List::of);
        }
    }

    private final Opener opener;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Settings settings;
    private final ChangesViewModel changes;
    private final PairsViewModel pairs;
    private final ContactsPageViewModel page;
    private final BackupsViewModel backups;

    private final ReadOnlyObjectWrapper<Database> database = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecordLocation> openRecord = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    /** The record shown or being opened, also when it failed to open (to restore a backup over a file). */
    private RecordLocation current;

    /** Tells of others' changes to the open record. */
    private ChangeWatch watch;
    private final AtomicBoolean outsideReadQueued = new AtomicBoolean();

    /** On a first start the most active pair is shown; later, what the user chose last. */
    private boolean pickMostActive;
    /** What was remembered is read with the first open, off the FX thread (it costs ≈50 ms). */
    private boolean settingsRead;

    public MainViewModel(Opener opener, TaskRunner tasks, DialogService dialogs, Settings settings) {
        this(opener, tasks, tasks, dialogs, settings);
    }

    /** @param backupTasks runs backups, apart from the reads and writes of {@code tasks} */
    public MainViewModel(Opener opener, TaskRunner tasks, TaskRunner backupTasks,
                         DialogService dialogs, Settings settings) {
        this.opener = opener;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
        this.pairs = new PairsViewModel(tasks, dialogs, database::get);
        this.page = new ContactsPageViewModel(tasks, dialogs, database::get, pairs, this::remember);
        pairs.follow(page.filterProperty(), page.totalContactsProperty());
        this.changes = new ChangesViewModel(tasks, dialogs, database::get, readOnly, this::afterChange);
        this.backups = new BackupsViewModel(tasks, backupTasks, dialogs, new BackupsViewModel.Record() {
            @Override
            public Database database() {
                return database.get();
            }

            @Override
            public Path file() {
                return current == null ? null : current.file().orElse(null);
            }

            @Override
            public Database detach() {
                Database db = database.get();
                database.set(null);
                page.newRead();
                return db;
            }

            @Override
            public void open(Path file) {
                MainViewModel.this.open(file);
            }
        });
        database.addListener((obs, old, db) -> {
            openRecord.set(db == null ? null : db.location());
            watch(db);
        });
    }

    /** Opens a database file in the background and fills the window in one step. */
    public void open(Path file) {
        open(RecordLocation.of(file));
    }

    /**
     * True when the open record may be left (another opened, the window closed): nothing waits
     * for the server, or the user agrees to lose what does.
     */
    public boolean mayLeaveRecord() {
        int unsaved = changes.history().unsavedCount();
        return unsaved == 0
                || dialogs.confirm(Messages.get("unsaved.leave.title"), Messages.get("unsaved.leave.text", unsaved));
    }

    /** Opens a file or a shared record in the background and fills the window in one step. */
    public void open(RecordLocation where) {
        if (!mayLeaveRecord()) {
            return;
        }
        pairs.selectedPairsProperty().set(Set.of()); // pairs of another file, or of a record read again
        long mine = page.newRead();
        current = where;
        Dyad wanted = pairs.selectedPairProperty().get();
        ContactFilter wantedFilter = page.filterProperty().get();
        ContactOrder wantedOrder = page.orderProperty().get();
        boolean pick = pickMostActive;
        boolean first = !settingsRead;
        tasks.run(Messages.get("task.open", where.shortName()), () -> {
            Database db = opener.open(where);
            if (first) {
                return Snapshot.read(db, settings.pair(), settings.pairs(), !settings.hasPair(), settings.filter(),
                        wantedOrder, 0);
            }
            return Snapshot.read(db, wanted, Set.of(), pick, wantedFilter, wantedOrder, 0);
        }, snapshot -> {
            settingsRead = true;
            pickMostActive = false;
            where.server().ifPresent(settings::rememberServer);
            Database previous = database.get();
            database.set(snapshot.db());
            readOnly.set(snapshot.db().readOnly());
            changes.history().clear();
            if (page.latest(mine)) {
                show(snapshot);
            } else {
                reload();
            }
            if (previous != null && previous != snapshot.db()) {
                previous.close();
            }
            backups.backupIfDue(snapshot.db());
        }, e -> {
            // A record that could not be opened leaves the open one in place, and what acts on "the file" with it.
            if (database.get() != null) {
                current = database.get().location();
            }
            backups.openFailed(where, e);
        });
    }

    /** The open file is read-only: editing is disabled. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Everything the window shows, read in one background task. */
    private record Snapshot(Database db, List<DyadActivity> pairs, int total, Dyad pair, Set<Dyad> several,
                            ContactFilter filter, int matching, int page, List<Contact> contacts, List<Contact> trash,
                            List<Mission> missionTrash, ContactMarks marks) {

        /**
         * @param wanted         the pair to show, null for all pairs
         * @param wantedPairs    several pairs to show together (then {@code wanted} is null)
         * @param pickMostActive show the most active pair instead (first start)
         */
        static Snapshot read(Database db, Dyad wanted, Set<Dyad> wantedPairs, boolean pickMostActive,
                             ContactFilter filter, ContactOrder order, int page) {
            ContactRepository repo = db.contacts();
            List<DyadActivity> pairs = repo.dyads();
            Set<Dyad> present = pairs.stream().map(DyadActivity::dyad).collect(Collectors.toSet());
            // Pairs whose contacts are all gone drop out; one left is shown as that one pair.
            Set<Dyad> several = wantedPairs.stream().filter(present::contains)
                    .collect(Collectors.toUnmodifiableSet());
            Dyad one = several.size() == 1 ? several.iterator().next() : wanted;
            if (several.size() < 2) {
                several = Set.of();
            }
            Dyad mostActive = pairs.isEmpty() ? null : pairs.get(0).dyad();
            Dyad pair = !several.isEmpty() ? null
                    : pickMostActive ? mostActive
                    : one == null || present.contains(one) ? one : mostActive;
            ContactFilter effective = filter.withDyad(pair).withPairs(several);
            // The marks count the matches: not counted twice (on a server, the costliest read).
            ContactMarks marks = repo.marks(effective, ContactsPageViewModel.TIMELINE_LIMIT);
            int matching = marks.total();
            int lastPage = Math.max(0, (matching - 1) / ContactsPageViewModel.PAGE_SIZE);
            int shownPage = Math.min(page, lastPage);
            return new Snapshot(db, pairs, repo.count(), pair, several, filter, matching, shownPage,
                    repo.page(effective, order, shownPage * ContactsPageViewModel.PAGE_SIZE,
                            ContactsPageViewModel.PAGE_SIZE), repo.trash(), db.missions().trash(), marks);
        }
    }

    private void show(Snapshot s) {
        Dyad before = pairs.selectedPairProperty().get();
        pairs.onRecord().setAll(s.pairs());
        page.show(s.pair(), s.several(), s.filter(), s.page(), s.total(), s.matching(), s.contacts(), s.marks());
        changes.trash().setAll(s.trash());
        changes.missionTrash().setAll(s.missionTrash());
        remember();
        if (Objects.equals(before, s.pair())) {
            pairs.loadSummary(); // a new pair's summary is read as it is chosen
        }
    }

    /** Re-reads everything (after a change, or F5). */
    public void reload() {
        reload(pairs.selectedPairProperty().get());
    }

    /** Re-reads everything, showing {@code pair} (null for all pairs, or for the several chosen). */
    private void reload(Dyad pair) {
        Database db = database.get();
        if (db == null) {
            return;
        }
        long mine = page.newRead();
        ContactFilter f = page.filterProperty().get();
        ContactOrder o = page.orderProperty().get();
        int p = page.pageProperty().get();
        Set<Dyad> several = pairs.selectedPairsProperty().get();
        tasks.run(Messages.get("task.load"), () -> Snapshot.read(db, pair, several, false, f, o, p), snapshot -> {
            if (page.latest(mine) && snapshot.db() == database.get()) {
                show(snapshot);
            }
        }, e -> dialogs.showError(Messages.get("error.readContacts"), e));
    }

    /**
     * Follows the changes others make to {@code db} (another window, a colleague on the server):
     * each is read in as F5 would, keeping the pair, filters, page and selection; news that
     * comes while a read is queued joins it.
     */
    private void watch(Database db) {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (db != null) {
            watch = db.watchOutsideChanges(() -> {
                if (outsideReadQueued.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        outsideReadQueued.set(false);
                        if (database.get() == db) {
                            reload();
                        }
                    });
                }
            });
        }
    }

    /** Keeps the pair and the filters for the next run, off the FX thread. */
    private void remember() {
        Dyad pair = pairs.selectedPairProperty().get();
        Set<Dyad> several = pairs.selectedPairsProperty().get();
        ContactFilter f = page.filterProperty().get();
        tasks.run(Messages.get("task.remember"), () -> {
            settings.save(pair, several, f);
            return null;
        }, done -> { }, e -> LoggerFactory.getLogger(MainViewModel.class)
                .warn("Cannot remember the pair and filters for the next run", e));
    }

    /** After a change: everything again, with the contact added or edited selected (and its pair shown). */
    private void afterChange(Contact changed) {
        Dyad pair = pairs.selectedPairProperty().get();
        if (changed != null && database.get() != null) {
            page.selectAfterLoad(changed.id());
            if (pair != null) {
                pair = changed.dyad();
            }
        }
        reload(pair);
    }

    /** Edit › Copy chart: the chart drawn off the FX thread, handed over as an image on it. */
    public void drawChart(ExportOptions options, ChartContent content, Consumer<Image> then) {
        tasks.run(Messages.get("copy.running"), () -> new ChartExport(options, content).image(),
                image -> then.accept(SwingFXUtils.toFXImage(image, null)),
                e -> dialogs.showError(Messages.get("copy.failed"), e));
    }

    /** File › Export chart…: an export of {@code content}, the contacts shown written beside it when asked. */
    public ExportViewModel chartExport(ChartContent content, ExportSettings exportSettings) {
        return new ExportViewModel(content, dialogs, tasks, exportSettings, page.shownRows());
    }

    /**
     * File › Import…: an import into the open record that reloads the window when done; empty when
     * none is open. {@code merge}: the reports of one event become one contact (decision 0025).
     */
    public Optional<ImportViewModel> importer(boolean merge) {
        Database db = database.get();
        return db == null ? Optional.empty()
                : Optional.of(new ImportViewModel(tasks, Platform::runLater, db, merge, this::reload));
    }

    /** Where the log files are written (Help › Show log folder, Help › About). */
    public Path logDirectory() {
        return DataLocation.logDirectory();
    }

    /** Closes the database when the window closes. */
    public void close() {
        Database db = database.get();
        if (db != null) {
            database.set(null);
            db.close();
        }
    }

    public PairsViewModel pairs() {
        return pairs;
    }

    public ContactsPageViewModel page() {
        return page;
    }

    public BackupsViewModel backups() {
        return backups;
    }

    public ReadOnlyObjectProperty<Database> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** Where the open record lives; null while one is being opened. */
    public ReadOnlyObjectProperty<RecordLocation> openRecordProperty() {
        return openRecord.getReadOnlyProperty();
    }

    public ChangesViewModel changes() {
        return changes;
    }

    // What the contacts view binds: the page's and the pair's (ContactsController binds these).

    public ContactFilter effectiveFilter() {
        return page.effectiveFilter();
    }

    public ObjectProperty<ContactFilter> filterProperty() {
        return page.filterProperty();
    }

    public ObjectProperty<ContactOrder> orderProperty() {
        return page.orderProperty();
    }

    public IntegerProperty pageProperty() {
        return page.pageProperty();
    }

    public int pageCount() {
        return page.pageCount();
    }

    public ObservableList<Contact> contacts() {
        return page.contacts();
    }

    public ObjectProperty<Contact> selectedContactProperty() {
        return page.selectedContactProperty();
    }

    public ReadOnlyIntegerProperty totalContactsProperty() {
        return page.totalContactsProperty();
    }

    public ReadOnlyIntegerProperty matchingContactsProperty() {
        return page.matchingContactsProperty();
    }

    public ReadOnlyObjectProperty<DyadSummary> summaryProperty() {
        return pairs.summaryProperty();
    }

    /** The selected pair's missions, for the summary's representation and the timeline's bands. */
    public ReadOnlyObjectProperty<List<org.diplotrack.model.Mission>> pairMissionsProperty() {
        return pairs.missionsProperty();
    }
}
