package org.diplotrack.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.util.Duration;
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
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;

/**
 * One chart export as its window shows it: every option, the preview drawn by the export core
 * itself (so the preview is the file, scaled) shortly after a change, and the export (with the
 * data beside it, when asked) run through the {@link TaskRunner}. Remembers the last choices in
 * {@link ExportSettings}.
 */
public final class ExportViewModel {
    static final double PREVIEW_WIDTH = 560;
    static final double PREVIEW_HEIGHT = 340;

    private final ChartContent content;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ExportSettings settings;
    private final Consumer<Consumer<Contact>> rows;
    /** The size choice that is none of the presets. */
    private final String custom = Messages.get("export.size.custom");

    private final BooleanProperty viewRange = new SimpleBooleanProperty();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final ObjectProperty<Object> preset = new SimpleObjectProperty<>();
    private final StringProperty width = new SimpleStringProperty("");
    private final StringProperty height = new SimpleStringProperty("");
    private final ObjectProperty<ChartSize.Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> dpi = new SimpleObjectProperty<>(96);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final BooleanProperty legend = new SimpleBooleanProperty();
    private final BooleanProperty caption = new SimpleBooleanProperty();
    private final ObjectProperty<ChartPalette> palette = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty data = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(120));

    /**
     * @param rows hands over the contacts drawn one at a time (straight from the store), for the
     *             optional CSV; called off the FX thread
     */
    public ExportViewModel(ChartContent content, DialogService dialogs, TaskRunner tasks, ExportSettings settings,
                           Consumer<Consumer<Contact>> rows) {
        this.content = content;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.settings = settings;
        this.rows = rows;
        load(settings.load());
        previewDelay.setOnFinished(e -> updatePreview());
        for (Observable o : List.of(viewRange, format, width, height, unit, dpi, title, subtitle, legend, caption,
                palette, dark)) {
            o.addListener(x -> previewDelay.playFromStart());
        }
        // A preset writes its size; a size that no longer is the preset's makes the choice custom.
        preset.addListener((obs, old, p) -> {
            if (p instanceof ChartSize.Preset chosen) {
                showSize(chosen.size());
            }
        });
        width.addListener((obs, old, now) -> customUnless(p -> number(p.width()).equals(now)));
        height.addListener((obs, old, now) -> customUnless(p -> number(p.height()).equals(now)));
        unit.addListener((obs, old, now) -> customUnless(p -> p.unit() == now));
        updatePreview();
    }

    private void load(ExportOptions o) {
        viewRange.set(o.range() == ExportOptions.Range.VIEW && viewAvailable());
        format.set(o.format());
        showSize(o.size());
        preset.set(presetOf(o.size()));
        dpi.set(o.dpi());
        legend.set(o.legend());
        caption.set(o.caption());
        palette.set(o.palette());
        dark.set(o.dark());
        data.set(settings.dataCsv());
    }

    private Object presetOf(ChartSize size) {
        for (ChartSize.Preset p : ChartSize.Preset.values()) {
            if (p.size().equals(size)) {
                return p;
            }
        }
        return custom;
    }

    private void showSize(ChartSize size) {
        width.set(number(size.width()));
        height.set(number(size.height()));
        unit.set(size.unit());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A width, height or unit that is not the chosen preset's makes the size custom. */
    private void customUnless(Predicate<ChartSize> presetHas) {
        if (preset.get() instanceof ChartSize.Preset p && !presetHas.test(p.size())) {
            preset.set(custom);
        }
    }

    private static double parse(String text) {
        return Double.parseDouble(text.trim().replace(',', '.'));
    }

    /** The options as entered, or empty (with the problem shown) when something is wrong. */
    Optional<ExportOptions> options() {
        try {
            ExportOptions o = new ExportOptions(format.get(),
                    viewRange.get() ? ExportOptions.Range.VIEW : ExportOptions.Range.WHOLE,
                    new ChartSize(parse(width.get()), parse(height.get()), unit.get()), dpi.get(), title.get(),
                    subtitle.get().isBlank() ? null : subtitle.get(), legend.get(), caption.get(), palette.get(),
                    dark.get());
            problem.set("");
            return Optional.of(o);
        } catch (NumberFormatException e) {
            problem.set(Messages.get("export.badSize"));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
        return Optional.empty();
    }

    private void updatePreview() {
        options().ifPresent(o -> {
            double scale = Math.min(PREVIEW_WIDTH / o.size().layoutWidth(), PREVIEW_HEIGHT / o.size().layoutHeight());
            int w = (int) Math.max(1, Math.round(o.size().layoutWidth() * scale));
            int h = (int) Math.max(1, Math.round(o.size().layoutHeight() * scale));
            preview.set(SwingFXUtils.toFXImage(new ChartExport(o, content).image(w, h), null));
        });
    }

    /** Export: asks where, then writes the chart (and the data beside it, when asked) off the FX thread. */
    public void export() {
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
        boolean withData = data.get();
        settings.save(o, withData);
        running.set(true);
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
            running.set(false);
            done.set(true);
        }, failure -> {
            running.set(false);
            problem.set(Failures.message(failure));
            dialogs.showError(Messages.get("export.chart.failed"), failure);
        });
    }

    /** The span on screen can be exported only when the timeline shows one. */
    public boolean viewAvailable() {
        return content.currentView() != null;
    }

    /** The subtitle when none is typed: the filters in words. */
    public String subtitlePrompt() {
        return content.filterWords();
    }

    /** "Custom" first, then the presets. */
    public List<Object> presets() {
        List<Object> all = new ArrayList<>();
        all.add(custom);
        all.addAll(List.of(ChartSize.Preset.values()));
        return all;
    }

    /** True: the span on screen; false: all the timeline's data. */
    public BooleanProperty viewRangeProperty() {
        return viewRange;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** A {@link ChartSize.Preset}, or the custom choice (a text). */
    public ObjectProperty<Object> presetProperty() {
        return preset;
    }

    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }

    public ObjectProperty<ChartSize.Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<Integer> dpiProperty() {
        return dpi;
    }

    /** Only a PNG has dots per inch. */
    public BooleanBinding dpiDisabled() {
        return format.isNotEqualTo(ExportFormat.PNG);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    public BooleanProperty captionProperty() {
        return caption;
    }

    public ObjectProperty<ChartPalette> paletteProperty() {
        return palette;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The contacts drawn, as CSV beside the chart. */
    public BooleanProperty dataProperty() {
        return data;
    }

    /** What is wrong with the options, or why the export failed; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Export is offered while nothing is wrong and nothing runs. */
    public BooleanBinding exportDisabled() {
        return Bindings.createBooleanBinding(() -> running.get() || !problem.get().isEmpty(), running, problem);
    }

    /** True once the chart is written: the window closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
