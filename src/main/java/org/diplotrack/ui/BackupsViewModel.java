package org.diplotrack.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.diplotrack.model.Failures;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.store.Backups;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.UnusableDatabaseException;

/**
 * Backups and restores (decision 0013): a backup when one is due, File › Back up now, the choice
 * of a backup to restore, and the offer of one when a file cannot be opened. Backups run on their
 * own {@link TaskRunner} (they use their own connection), so a long one holds up no read.
 */
public final class BackupsViewModel {
    /** What a restore needs of the window's record: to let go of the file, and to open it again. */
    interface Record {
        /** The open database, or null. */
        Database database();

        /** The file shown or being opened, also when it failed to open (to restore a backup over it). */
        Path file();

        /** The open database, no longer the window's (null when none is open). */
        Database detach();

        void open(Path file);
    }

    private final TaskRunner tasks;
    private final TaskRunner backupTasks;
    private final DialogService dialogs;
    private final Record record;

    BackupsViewModel(TaskRunner tasks, TaskRunner backupTasks, DialogService dialogs, Record record) {
        this.tasks = tasks;
        this.backupTasks = backupTasks;
        this.dialogs = dialogs;
        this.record = record;
    }

    /** On start and on every open: a backup when the newest is older than 12 hours, off the FX thread. */
    void backupIfDue(Database db) {
        if (db.readOnly() || db.shared()) {
            return;
        }
        Path file = db.file();
        backupTasks.run(Messages.get("task.backup"), () -> Backups.of(file).backupIfDue(), done -> { },
                e -> dialogs.showError(Messages.get("backup.failed"), e));
    }

    /**
     * A file that is foreign, truncated or damaged was left as it was; when it has a good backup
     * the user may restore it, the damaged file being kept renamed.
     */
    void openFailed(RecordLocation where, Throwable e) {
        Throwable cause = e instanceof RuntimeException && e.getCause() instanceof UnusableDatabaseException u ? u : e;
        if (!(cause instanceof UnusableDatabaseException) || where.file().isEmpty()) {
            dialogs.showError(Messages.get("open.failed"), e);
            return;
        }
        Path file = where.file().get();
        tasks.run(Messages.get("task.findBackups"), () -> Backups.of(file).newestGood(), good -> {
            if (good.isEmpty()) {
                dialogs.showError(Messages.get("open.failed"), cause);
            } else if (dialogs.confirm(Messages.get("open.damaged.title"), Messages.get("open.damaged.text",
                    Failures.message(cause), describe(good.get()), file.getFileName()))) {
                restore(file, good.get().file(), "damaged");
            }
        }, error -> dialogs.showError(Messages.get("open.failed"), cause));
    }

    private static String describe(BackupInfo b) {
        return Messages.get("backup.describe", Date.from(b.taken()), b.contacts());
    }

    /** File › Back up now: a verified copy of the open file in the backups folder. */
    public void backupNow() {
        Database db = record.database();
        if (db == null) {
            return;
        }
        Path file = db.file();
        backupTasks.run(Messages.get("task.backup"),
                () -> db.shared() ? Backups.backUpShared(db, Clock.systemUTC()) : Backups.of(file).backupNow(),
                done -> dialogs.showInformation(Messages.get("backup.done.title"),
                        Messages.get("backup.done.text", done.contacts(), done.file())),
                e -> dialogs.showError(Messages.get("backup.failed"), e));
    }

    /**
     * File › Restore from backup…: the backups of the file, newest first, each with its date and
     * number of contacts; the one the user chooses replaces the file (kept, renamed) and opens.
     */
    public void restoreFromBackup() {
        Path file = record.file();
        Database db = record.database();
        if (db != null && db.shared()) {
            // Colleagues' work since the backup would be lost: replacing a shared record is its administrator's.
            dialogs.showInformation(Messages.get("restore.shared.title"), Messages.get("restore.shared.text",
                    db.name(), Backups.sharedFolder()));
            return;
        }
        if (file == null) {
            return;
        }
        backupTasks.run(Messages.get("task.readBackups"), () -> Backups.of(file).list(), backups -> {
            if (backups.isEmpty()) {
                dialogs.showInformation(Messages.get("backup.none.title"), Messages.get("backup.none.text"));
                return;
            }
            dialogs.chooseBackup(backups).ifPresent(b -> restore(file, b.file(), "replaced"));
        }, e -> dialogs.showError(Messages.get("backup.failed"), e));
    }

    private void restore(Path file, Path backup, String label) {
        // Nothing new starts on the old connection; the worker closes it after what is queued.
        Database db = record.detach();
        tasks.run(Messages.get("task.restore", backup.getFileName()), () -> {
            if (db != null) {
                db.close();
            }
            return Optional.ofNullable(Backups.restore(backup, file, label, Clock.systemUTC()));
        }, kept -> {
            record.open(file);
            dialogs.showInformation(Messages.get("restore.done.title"), Messages.get("restore.done.text",
                    backup, kept.map(Path::toString).orElse("—")));
        }, e -> {
            dialogs.showError(Messages.get("restore.failed"), e);
            record.open(file);
        });
    }
}
