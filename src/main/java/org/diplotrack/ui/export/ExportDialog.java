package org.diplotrack.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.chart.Viewport;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.chart.export.ChartExport;
import org.diplotrack.chart.export.ChartSize;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Failures;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.LabelConverter;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;

/**
 * File › Export chart…: every option of an export with a live preview drawn by the export core
 * itself (so the preview is the file, scaled), the file chosen through the {@link DialogService},
 * and the export run off the FX thread while a progress indicator turns. Remembers the last
 * choices in {@link ExportSettings}.
 */
public final class ExportDialog {
    static final double PREVIEW_WIDTH = 560;
    static final double PREVIEW_HEIGHT = 340;

    private final Stage stage = new Stage();
    private final ChartContent content;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ExportSettings settings;
    private final Consumer<Consumer<Contact>> rows;

    private final ToggleGroup range = new ToggleGroup();
    private final RadioButton whole = new RadioButton(Messages.get("export.range.whole"));
    private final RadioButton view = new RadioButton(Messages.get("export.range.view"));
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final ComboBox<Object> preset = new ComboBox<>();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final ComboBox<ChartSize.Unit> unit = new ComboBox<>();
    private final Spinner<Integer> dpi = new Spinner<>(ExportOptions.MIN_DPI, ExportOptions.MAX_DPI, 96, 1);
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final CheckBox legend = new CheckBox(Messages.get("export.legend"));
    private final CheckBox caption = new CheckBox(Messages.get("export.caption"));
    private final ComboBox<ChartPalette> palette = new ComboBox<>();
    private final CheckBox dark = new CheckBox(Messages.get("export.dark"));
    private final CheckBox data = new CheckBox(Messages.get("export.data"));
    private final ImageView preview = new ImageView();
    private final Label problem = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button export = new Button(Messages.get("export.button"));
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(120));
    private boolean loading;

    /**
     * @param rows hands over the contacts drawn one at a time (straight from the store), for the
     *             optional CSV; called off the FX thread
     */
    private ExportDialog(Window owner, ChartContent content, DialogService dialogs, TaskRunner tasks,
                         ExportSettings settings, Consumer<Consumer<Contact>> rows) {
        this.content = content;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.settings = settings;
        this.rows = rows;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("export.chart.title"));
        stage.setScene(new Scene(layout()));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        load(settings.load());
        previewDelay.setOnFinished(e -> updatePreview());
        for (Observable o : List.of(range.selectedToggleProperty(), format.valueProperty(), width.textProperty(),
                height.textProperty(), unit.valueProperty(), dpi.valueProperty(), title.textProperty(),
                subtitle.textProperty(), legend.selectedProperty(), caption.selectedProperty(),
                palette.valueProperty(), dark.selectedProperty())) {
            o.addListener(x -> {
                if (!loading) {
                    previewDelay.playFromStart();
                }
            });
        }
        preset.valueProperty().addListener((obs, old, p) -> {
            if (!loading && p instanceof ChartSize.Preset chosen) {
                loading = true;
                showSize(chosen.size());
                loading = false;
                previewDelay.playFromStart();
            }
        });
        for (Observable o : List.of(width.textProperty(), height.textProperty(), unit.valueProperty())) {
            o.addListener(x -> {
                if (!loading) {
                    preset.setValue(Messages.get("export.size.custom"));
                }
            });
        }
        format.valueProperty().addListener((obs, old, f) -> dpi.setDisable(f != ExportFormat.PNG));
        dpi.setDisable(format.getValue() != ExportFormat.PNG);
        updatePreview();
    }

    /** Opens the dialog; it stays until the chart is exported or the user closes it. */
    public static ExportDialog show(Window owner, ChartContent content, DialogService dialogs, TaskRunner tasks,
                                    ExportSettings settings, Consumer<Consumer<Contact>> rows) {
        ExportDialog dialog = new ExportDialog(owner, content, dialogs, tasks, settings, rows);
        dialog.stage.show();
        return dialog;
    }

    Stage stage() {
        return stage;
    }

    private BorderPane layout() {
        whole.setToggleGroup(range);
        view.setToggleGroup(range);
        view.setDisable(content.currentView() == null);
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new LabelConverter<>(ExportFormat::label));
        preset.getItems().add(Messages.get("export.size.custom"));
        preset.getItems().addAll((Object[]) ChartSize.Preset.values());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof ChartSize.Preset p ? p.label() : o == null ? "" : o.toString();
            }

            @Override
            public Object fromString(String s) {
                return s;
            }
        });
        unit.getItems().setAll(ChartSize.Unit.values());
        unit.setConverter(new LabelConverter<>(ChartSize.Unit::code));
        width.setPrefColumnCount(6);
        height.setPrefColumnCount(6);
        dpi.setEditable(true);
        dpi.setPrefWidth(90);
        palette.getItems().setAll(ChartPalette.values());
        palette.setConverter(new LabelConverter<>(p -> Messages.get("export.palette." + p.code())));
        subtitle.setPromptText(content.filterWords());
        title.setPromptText(Messages.get("export.title.prompt"));
        whole.setId("exportWhole");
        view.setId("exportView");
        format.setId("exportFormat");
        preset.setId("exportPreset");
        width.setId("exportWidth");
        height.setId("exportHeight");
        dpi.setId("exportDpi");
        title.setId("exportTitle");
        subtitle.setId("exportSubtitle");
        palette.setId("exportPalette");
        preview.setId("exportPreview");
        export.setId("exportButton");
        data.setId("exportData");
        problem.setId("exportProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(Messages.get("export.range")), new HBox(12, whole, view));
        grid.addRow(row++, new Label(Messages.get("export.format")), format);
        grid.addRow(row++, new Label(Messages.get("export.size")), preset);
        HBox size = new HBox(6, width, new Label("×"), height, unit);
        size.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, new Label(), size);
        grid.addRow(row++, new Label(Messages.get("export.dpi")), dpi);
        grid.addRow(row++, new Label(Messages.get("export.chartTitle")), title);
        grid.addRow(row++, new Label(Messages.get("export.subtitle")), subtitle);
        grid.addRow(row++, new Label(Messages.get("export.palette")), palette);
        grid.addRow(row++, new Label(), new HBox(12, legend, caption, dark));
        grid.addRow(row, new Label(), data);
        GridPane.setHgrow(title, Priority.ALWAYS);

        preview.setPreserveRatio(true);
        StackPane previewPane = new StackPane(preview);
        previewPane.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        previewPane.setPrefSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        previewPane.setStyle("-fx-background-color: #8a8a8a;");

        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        Button close = new Button(Messages.get("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        export.setDefaultButton(true);
        export.setOnAction(e -> export());
        HBox buttons = new HBox(8, problem, progress, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);

        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setLeft(grid);
        root.setCenter(previewPane);
        BorderPane.setMargin(previewPane, new Insets(0, 0, 0, 12));
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        return root;
    }

    private void load(ExportOptions o) {
        loading = true;
        (o.range() == ExportOptions.Range.VIEW && content.currentView() != null ? view : whole).setSelected(true);
        format.setValue(o.format());
        showSize(o.size());
        preset.setValue(presetOf(o.size()));
        dpi.getValueFactory().setValue(o.dpi());
        legend.setSelected(o.legend());
        caption.setSelected(o.caption());
        palette.setValue(o.palette());
        dark.setSelected(o.dark());
        data.setSelected(settings.dataCsv());
        loading = false;
    }

    private Object presetOf(ChartSize size) {
        for (ChartSize.Preset p : ChartSize.Preset.values()) {
            if (p.size().equals(size)) {
                return p;
            }
        }
        return Messages.get("export.size.custom");
    }

    private void showSize(ChartSize size) {
        width.setText(number(size.width()));
        height.setText(number(size.height()));
        unit.setValue(size.unit());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The options as entered, or empty (with the problem shown) when something is wrong. */
    Optional<ExportOptions> options() {
        try {
            double w = Double.parseDouble(width.getText().trim().replace(',', '.'));
            double h = Double.parseDouble(height.getText().trim().replace(',', '.'));
            ExportOptions o = new ExportOptions(format.getValue(),
                    view.isSelected() ? ExportOptions.Range.VIEW : ExportOptions.Range.WHOLE,
                    new ChartSize(w, h, unit.getValue()), dpi.getValue(), title.getText(),
                    subtitle.getText().isBlank() ? null : subtitle.getText(), legend.isSelected(),
                    caption.isSelected(), palette.getValue(), dark.isSelected());
            problem.setText("");
            return Optional.of(o);
        } catch (NumberFormatException e) {
            problem.setText(Messages.get("export.badSize"));
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
        return Optional.empty();
    }

    private void updatePreview() {
        options().ifPresent(o -> {
            double scale = Math.min(PREVIEW_WIDTH / o.size().layoutWidth(), PREVIEW_HEIGHT / o.size().layoutHeight());
            int w = (int) Math.max(1, Math.round(o.size().layoutWidth() * scale));
            int h = (int) Math.max(1, Math.round(o.size().layoutHeight() * scale));
            preview.setImage(SwingFXUtils.toFXImage(new ChartExport(o, content).image(w, h), null));
        });
        export.setDisable(problem.getText() != null && !problem.getText().isEmpty());
    }

    private void export() {
        Optional<ExportOptions> chosen = options();
        if (chosen.isEmpty()) {
            return;
        }
        ExportOptions o = chosen.get();
        String base = o.title().isBlank() ? "diplotrack-chart" : o.title().replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        Optional<Path> file = dialogs.chooseExportFile(o.format(), base + "." + o.format().extension());
        if (file.isEmpty()) {
            return;
        }
        Path target = o.format().withExtension(file.get());
        boolean withData = data.isSelected();
        settings.save(o, withData);
        progress.setVisible(true);
        export.setDisable(true);
        tasks.run(Messages.get("export.running"), () -> {
            new ChartExport(o, content).write(target);
            if (withData) {
                // Streamed, as the command line's `export` does: a million rows need not fit in memory.
                Consumer<Consumer<Contact>> drawn = rows;
                if (o.range() == ExportOptions.Range.VIEW) {
                    Viewport shown = content.viewport(o);
                    drawn = sink -> rows.accept(c -> {
                        if (c.lastDate().lastDay().toEpochDay() + 1 >= shown.startDay()
                                && c.date().firstDay().toEpochDay() <= shown.endDay()) {
                            sink.accept(c);
                        }
                    });
                }
                Path csv = target.resolveSibling(target.getFileName().toString().replaceAll("\\.[^.]+$", "") + ".csv");
                ContactFiles.write(drawn, csv, false);
            }
            return target;
        }, written -> {
            progress.setVisible(false);
            export.setDisable(false);
            stage.close();
        }, failure -> {
            progress.setVisible(false);
            export.setDisable(false);
            problem.setText(Failures.message(failure));
            dialogs.showError(Messages.get("export.chart.failed"), failure);
        });
    }
}
