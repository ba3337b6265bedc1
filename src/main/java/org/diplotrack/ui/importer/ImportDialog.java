package org.diplotrack.ui.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.Messages;

/**
 * The import window ({@code resources/fxml/import.fxml}): a progress bar with rows/s and time
 * left and a Cancel button while the import runs, then the report. The window stays responsive:
 * the work runs on the task runner's thread.
 */
public final class ImportDialog {
    private final ImportViewModel model;

    @FXML private Label importFile;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private TextArea importReport;
    @FXML private Button importCancel;
    @FXML private Button importClose;

    private ImportDialog(ImportViewModel model) {
        this.model = model;
    }

    /** Opens the window over {@code owner} and starts importing {@code file}. */
    public static ImportDialog show(Window owner, ImportViewModel model, Path file) {
        ImportDialog dialog = new ImportDialog(model);
        FXMLLoader loader = new FXMLLoader(ImportDialog.class.getResource("/fxml/import.fxml"), Messages.bundle());
        loader.setController(dialog);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the import window's layout", e);
        }
        Stage stage = DialogWindows.stage(owner, Messages.get("import.title"), root);
        dialog.importFile.setText(file.toString());
        dialog.importCancel.setOnAction(e -> model.cancel());
        dialog.importClose.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        stage.show();
        model.start(file);
        return dialog;
    }

    @FXML
    private void initialize() {
        importProgress.progressProperty().bind(model.progressProperty());
        importStatus.textProperty().bind(model.statusProperty());
        importCancel.disableProperty().bind(model.runningProperty().not());
        importClose.disableProperty().bind(model.runningProperty());
        importReport.setVisible(false);
        importReport.managedProperty().bind(importReport.visibleProperty());
        model.reportProperty().addListener((obs, old, report) -> {
            if (report != null) {
                importReport.setText(report.toText());
                importReport.setVisible(true);
                importReport.getScene().getWindow().sizeToScene();
            }
        });
        model.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                importReport.setText(problem + "\n\n" + Messages.get("import.nothing"));
                importReport.setVisible(true);
            }
        });
    }

    public ImportViewModel model() {
        return model;
    }
}
