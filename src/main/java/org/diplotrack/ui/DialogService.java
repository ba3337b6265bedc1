package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Failures;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.ui.editor.ContactForm;

/** Every dialog the app shows goes through here, so tests can answer them. */
public interface DialogService {

    void showError(String title, String message);

    /**
     * An error with its cause: the message says why (the cause chain's words), and the
     * dialogs of the window add the details and where the log is.
     */
    default void showError(String title, Throwable cause) {
        showError(title, Failures.message(cause));
    }

    void showInformation(String title, String message);

    Optional<Path> chooseDatabaseToOpen();

    /**
     * A file to import: native CSV or JSON, GDELT or ICEWS events, also gzip- or zip-compressed.
     * Empty when nothing was chosen (the default, for services that never choose files).
     */
    default Optional<Path> chooseImportFile() {
        return Optional.empty();
    }

    /**
     * A folder to import: the Office of the Historian's travels, visits or chiefs of mission.
     * Empty when nothing was chosen (the default).
     */
    default Optional<Path> chooseImportFolder() {
        return Optional.empty();
    }

    /** An article to draft contacts from: a .txt, .html or .eml file; empty when nothing was chosen. */
    default Optional<Path> chooseArticleFile() {
        return Optional.empty();
    }

    /** Where to export contacts: a .csv or .json file; empty when nothing was chosen. */
    default Optional<Path> chooseExportFile() {
        return Optional.empty();
    }

    /** Where to export missions: a .csv or .json file; empty when nothing was chosen. */
    default Optional<Path> chooseMissionExportFile(String suggestedName) {
        return Optional.empty();
    }

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /**
     * Shows the contact editor on a form.
     *
     * @param similar finds contacts on record that look like the one being saved (off the FX
     *                thread; Save goes on when it answers)
     * @return the contact to save, or empty when the user cancelled
     */
    Optional<Contact> editContact(ContactForm form, SimilarContacts similar);

    /**
     * Shows the mission editor on a form.
     *
     * @return the mission to save, or empty when the user cancelled (the default, for services that edit nothing)
     */
    default Optional<org.diplotrack.model.Mission> editMission(org.diplotrack.ui.missions.MissionForm form) {
        return Optional.empty();
    }

    /**
     * Where to save an exported chart (issue 5).
     *
     * @param suggestedName a file name with the format's extension
     * @return the file, or empty when the user cancelled
     */
    default Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
        return Optional.empty();
    }

    /**
     * File › Restore from backup…: picks one of the backups (newest first).
     *
     * @return the backup to restore, or empty when the user cancelled
     */
    default Optional<BackupInfo> chooseBackup(List<BackupInfo> backups) {
        return Optional.empty();
    }

    /**
     * File › Connect to shared database…: asks where the shared record is.
     *
     * @return the address typed (with the password, when one was), or empty when the user cancelled
     */
    default Optional<org.diplotrack.store.ServerAddress> askSharedDatabase(org.diplotrack.ui.shared.ConnectForm form) {
        return Optional.empty();
    }

    /**
     * A save refused because someone else saved the contact meanwhile: both versions, field by field.
     *
     * @return the contact to save (an edit of their version), or empty to keep theirs (the default)
     */
    default Optional<Contact> resolveConflict(org.diplotrack.ui.shared.ConflictForm form) {
        return Optional.empty();
    }
}
