package org.diplotrack.ui;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Failures;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.store.DataLocation;
import org.diplotrack.ui.editor.ContactForm;
import org.diplotrack.ui.editor.EditorDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts and file choosers, owned by the window that asked (else the main window). */
public final class FxDialogService implements DialogService {
    /** Made when first needed: Logback's set-up (≈0.3 s) must not hold up the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxDialogService.class);
    }

    /** The widest an alert's text is laid out, in pixels; longer lines wrap. */
    private static final double MAX_TEXT_WIDTH = 560;

    private final Window owner;
    private final ResourceBundle bundle;

    public FxDialogService(Window owner, ResourceBundle bundle) {
        this.owner = owner;
        this.bundle = bundle;
    }

    /**
     * The window that asked: the focused one (the window of contacts from text, say), else the
     * main window. A dialog owned by the main window would bring it up over a window it blocks.
     */
    private Window asking() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.isFocused()).findFirst().orElse(owner);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    /** The cause's words, where the log is, and the whole report under "Details"; logged too. */
    @Override
    public void showError(String title, Throwable cause) {
        log().error(title, cause);
        Alert alert = alert(Alert.AlertType.ERROR, title,
                Failures.message(cause) + "\n\n" + Messages.get("error.log", DataLocation.logDirectory()));
        TextArea details = new TextArea(stackTrace(cause));
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("error-details");
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }

    private static String stackTrace(Throwable cause) {
        StringWriter out = new StringWriter();
        cause.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(DialogButtons.yes(), DialogButtons.no());
        return alert.showAndWait().filter(b -> b == DialogButtons.yes()).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = DialogWindows.dialog(asking(), new Alert(type));
        alert.getButtonTypes().setAll(type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {DialogButtons.ok(), DialogButtons.cancel()} : new ButtonType[] {DialogButtons.ok()});
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A Label shows the text as it is: no markup, no mnemonics.
        Label content = new Label(message);
        content.setWrapText(true);
        // A wrapping label asks for its longest line: a long message would widen the dialog past the screen.
        double longest = java.util.Arrays.stream(message.split("\n"))
                .mapToDouble(line -> TextWidth.of(line, TextWidth.WINDOW_FONT)).max().orElse(0);
        content.setPrefWidth(Math.min(MAX_TEXT_WIDTH, longest + 2));
        alert.getDialogPane().setContent(content);
        return alert;
    }

    @Override
    public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
        return EditorDialog.show(asking(), form, similar,
                matches -> confirm(DuplicateWarning.title(), DuplicateWarning.text(matches)));
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("export.choose"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        File file = chooser.showSaveDialog(asking());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("dialog.openDatabase.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("dialog.openDatabase.filter"), "*.db", "*.sqlite"),
                new FileChooser.ExtensionFilter(bundle.getString("dialog.allFiles"), "*"));
        File file = chooser.showOpenDialog(asking());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<BackupInfo> chooseBackup(List<BackupInfo> backups) {
        List<BackupChoice> choices = backups.stream().map(BackupChoice::new).toList();
        ChoiceDialog<BackupChoice> dialog = DialogWindows.dialog(asking(), new ChoiceDialog<>(choices.get(0), choices));
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        dialog.setTitle(Messages.get("restore.choose.title"));
        dialog.setHeaderText(Messages.get("restore.choose.header"));
        dialog.setContentText(Messages.get("restore.choose.label"));
        return dialog.showAndWait().map(BackupChoice::backup);
    }

    /** A backup as the list shows it: its date and number of contacts. */
    private record BackupChoice(BackupInfo backup) {
        @Override
        public String toString() {
            return Messages.get("backup.describe", Date.from(backup.taken()), backup.contacts());
        }
    }

    @Override
    public Optional<org.diplotrack.store.ServerAddress> askSharedDatabase(org.diplotrack.ui.shared.ConnectForm form) {
        return org.diplotrack.ui.shared.ConnectDialog.show(asking(), form);
    }

    @Override
    public Optional<Contact> resolveConflict(org.diplotrack.ui.shared.ConflictForm form) {
        return org.diplotrack.ui.shared.ConflictDialog.show(asking(), form);
    }

    @Override
    public Optional<Path> chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("dialog.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("dialog.import.filter"), "*.csv", "*.json", "*.CSV",
                        "*.tsv", "*.tab", "*.txt", "*.gz", "*.zip", "*.xml"),
                new FileChooser.ExtensionFilter(bundle.getString("dialog.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(asking())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseImportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(bundle.getString("dialog.importFolder.title"));
        return Optional.ofNullable(chooser.showDialog(asking())).map(File::toPath);
    }

    @Override
    public Optional<org.diplotrack.model.Mission> editMission(org.diplotrack.ui.missions.MissionForm form) {
        return org.diplotrack.ui.missions.MissionEditor.show(asking(), form);
    }

    @Override
    public Optional<Path> chooseArticleFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("dialog.article.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("dialog.article.filter"), "*.txt", "*.html", "*.htm",
                        "*.xhtml", "*.eml"),
                new FileChooser.ExtensionFilter(bundle.getString("dialog.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(asking())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile() {
        return chooseNativeFile(bundle.getString("dialog.export.title"), "contacts.csv");
    }

    @Override
    public Optional<Path> chooseMissionExportFile(String suggestedName) {
        return chooseNativeFile(bundle.getString("dialog.exportMissions.title"), suggestedName);
    }

    private Optional<Path> chooseNativeFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("dialog.export.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(bundle.getString("dialog.export.json"), "*.json"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(asking())).map(File::toPath);
    }
}
