package org.diplotrack.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.chart.export.ChartSize;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.LabelConverter;
import org.diplotrack.ui.Messages;

/**
 * File › Export chart… ({@code resources/fxml/export.fxml}): binds the window's controls to an
 * {@link ExportViewModel} and forwards Export and Close to it; the view model draws the preview
 * and runs the export.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private Stage stage;

    @FXML private RadioButton exportWhole;
    @FXML private RadioButton exportView;
    @FXML private ComboBox<ExportFormat> exportFormat;
    @FXML private ComboBox<Object> exportPreset;
    @FXML private TextField exportWidth;
    @FXML private TextField exportHeight;
    @FXML private ComboBox<ChartSize.Unit> exportUnit;
    @FXML private Spinner<Integer> exportDpi;
    @FXML private TextField exportTitle;
    @FXML private TextField exportSubtitle;
    @FXML private ComboBox<ChartPalette> exportPalette;
    @FXML private CheckBox exportLegend;
    @FXML private CheckBox exportCaption;
    @FXML private CheckBox exportDark;
    @FXML private CheckBox exportData;
    @FXML private ImageView exportPreview;
    @FXML private Label exportProblem;
    @FXML private ProgressIndicator exportProgress;
    @FXML private Button exportButton;

    private ExportDialog(ExportViewModel model) {
        this.model = model;
    }

    /** Opens the window over {@code owner}; it stays until the chart is exported or the user closes it. */
    public static ExportDialog show(Window owner, ExportViewModel model) {
        ExportDialog dialog = new ExportDialog(model);
        FXMLLoader loader = new FXMLLoader(ExportDialog.class.getResource("/fxml/export.fxml"), Messages.bundle());
        loader.setController(dialog);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the export window's layout", e);
        }
        dialog.stage = DialogWindows.stage(owner, Messages.get("export.chart.title"), root);
        dialog.stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                dialog.stage.close();
            }
        });
        model.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.stage.close();
            }
        });
        dialog.stage.show();
        return dialog;
    }

    @FXML
    private void initialize() {
        exportView.setDisable(!model.viewAvailable());
        (model.viewRangeProperty().get() ? exportView : exportWhole).setSelected(true);
        exportView.selectedProperty().addListener((obs, was, now) -> model.viewRangeProperty().set(now));

        exportFormat.getItems().setAll(ExportFormat.values());
        exportFormat.setConverter(new LabelConverter<>(ExportFormat::label));
        exportFormat.valueProperty().bindBidirectional(model.formatProperty());
        exportPreset.getItems().setAll(model.presets());
        exportPreset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof ChartSize.Preset p ? p.label() : o == null ? "" : o.toString();
            }

            @Override
            public Object fromString(String s) {
                return s;
            }
        });
        exportPreset.valueProperty().bindBidirectional(model.presetProperty());
        exportWidth.textProperty().bindBidirectional(model.widthProperty());
        exportHeight.textProperty().bindBidirectional(model.heightProperty());
        exportUnit.getItems().setAll(ChartSize.Unit.values());
        exportUnit.setConverter(new LabelConverter<>(ChartSize.Unit::code));
        exportUnit.valueProperty().bindBidirectional(model.unitProperty());
        exportDpi.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(ExportOptions.MIN_DPI,
                ExportOptions.MAX_DPI, model.dpiProperty().get(), 1));
        exportDpi.getValueFactory().valueProperty().bindBidirectional(model.dpiProperty());
        exportDpi.disableProperty().bind(model.dpiDisabled());
        exportTitle.textProperty().bindBidirectional(model.titleProperty());
        exportSubtitle.textProperty().bindBidirectional(model.subtitleProperty());
        exportSubtitle.setPromptText(model.subtitlePrompt());
        exportPalette.getItems().setAll(ChartPalette.values());
        exportPalette.setConverter(new LabelConverter<>(p -> Messages.get("export.palette." + p.code())));
        exportPalette.valueProperty().bindBidirectional(model.paletteProperty());
        exportLegend.selectedProperty().bindBidirectional(model.legendProperty());
        exportCaption.selectedProperty().bindBidirectional(model.captionProperty());
        exportDark.selectedProperty().bindBidirectional(model.darkProperty());
        exportData.selectedProperty().bindBidirectional(model.dataProperty());
        exportPreview.imageProperty().bind(model.previewProperty());
        exportProblem.textProperty().bind(model.problemProperty());
        exportProgress.visibleProperty().bind(model.runningProperty());
        exportButton.disableProperty().bind(model.exportDisabled());
    }

    @FXML
    private void export() {
        model.export();
    }

    @FXML
    private void close() {
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    public ExportViewModel model() {
        return model;
    }
}
