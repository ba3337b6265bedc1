package org.diplotrack.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.export.AtomicFiles;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.model.Missions;
import org.diplotrack.chart.export.ChartExport;
import org.diplotrack.chart.export.ChartSize;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chart -o FILE.png|.svg|.pdf}: exports the timeline of the contacts that match the
 * filters, without a display. The file is written whole or not at all.
 */
@Command(name = "chart", mixinStandardHelpOptions = true)
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    private Path output;

    /** The filters of {@code list}; without --dyad, one lane per pair. */
    @Mixin
    private FilterOptions filters;

    @Option(names = "--size", paramLabel = "PRESET")
    private String preset;

    @Option(names = "--width", paramLabel = "W")
    private String width;

    @Option(names = "--height", paramLabel = "H")
    private String height;

    @Option(names = "--dpi", paramLabel = "N")
    private Integer dpi;

    @Option(names = "--title", paramLabel = "TEXT")
    private String title = "";

    @Option(names = "--subtitle", paramLabel = "TEXT")
    private String subtitle;

    @Option(names = "--no-legend")
    private boolean noLegend;

    @Option(names = "--no-caption")
    private boolean noCaption;

    @Option(names = "--palette", paramLabel = "PALETTE", defaultValue = "colour-blind-safe")
    private String palette;

    @Option(names = "--dark")
    private boolean dark;

    @Option(names = "--lanes", paramLabel = "pair|level")
    private String lanes;

    @Option(names = "--data", paramLabel = "FILE.csv")
    private Path data;

    private boolean lanesByPair(ContactFilter filter) {
        if (lanes == null) {
            return filter.dyad() == null;
        }
        return switch (lanes.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "pair" -> true;
            case "level" -> false;
            default -> throw new ParameterException(spec.commandLine(), Localization.text("cli.chart.lanes", lanes));
        };
    }

    @Override
    public Integer call() throws IOException {
        // Drawing needs no display; without this, a DISPLAY with no X server behind it fails.
        System.setProperty("java.awt.headless", "true");
        ExportOptions options = options();
        AtomicFiles.checkWritable(output);
        if (data != null) {
            AtomicFiles.checkWritable(data);
        }
        ContactFilter filter = filters.filter();
        boolean byPair = lanesByPair(filter);
        TimelineData timeline;
        try (Database db = root.openDatabase()) {
            timeline = TimelineData.of(db.contacts().marks(filter, ChartExport.MAX_CONTACTS));
            ChartContent content = ChartContent.of(timeline, null, byPair, filter, LocalDate.now(root.clock));
            if (filter.dyad() != null && !byPair) {
                // One pair by level: each side's heads of mission as bands under the lanes.
                content = content.withRepresentation(Missions.timelines(db.missions().forPair(filter.dyad(), filter.withPredecessors()),
                        filter.dyad()));
            }
            new ChartExport(options, content).write(output);
            if (data != null) {
                // Streamed from the store a chunk at a time (as `export` does), whatever the number.
                ContactFiles.write(sink -> db.contacts().forEach(filter, sink), data, false);
            }
        }
        spec.commandLine().getOut().println(options.format() == ExportFormat.PNG && options.size().isPhysical()
                ? Localization.text("cli.chart.wroteAtDpi", output, timeline.total(), options.size().toString(),
                        options.dpi(), options.size().pixelWidth(options.dpi()), options.size().pixelHeight(options.dpi()))
                : Localization.text("cli.chart.wrote", output, timeline.total(), options.size().toString()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The options, or a usage error naming what is wrong. */
    private ExportOptions options() {
        try {
            ExportFormat format;
            try {
                format = ExportFormat.of(output);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--output: " + e.getMessage(), e);
            }
            ChartSize size;
            if (preset != null) {
                if (width != null || height != null) {
                    throw new IllegalArgumentException(Localization.text("cli.chart.sizeOrWidth"));
                }
                size = ChartSize.Preset.fromCode(preset).size();
            } else if (width == null && height == null) {
                size = ChartSize.px(1600, 900);
            } else if (width == null || height == null) {
                throw new IllegalArgumentException(Localization.text("cli.chart.widthAndHeight"));
            } else {
                size = ChartSize.parseLengths(width, height);
            }
            int resolution = dpi != null ? dpi : size.isPhysical() ? 300 : 96;
            return new ExportOptions(format, ExportOptions.Range.WHOLE, size, resolution, title, subtitle, !noLegend,
                    !noCaption, ChartPalette.fromCode(palette), dark);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
