package org.diplotrack.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.export.AtomicFiles;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.chart.export.ChartExport;
import org.diplotrack.chart.export.ChartSize;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.ContactFilter;
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
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Exports the timeline as PNG, SVG or PDF (the format follows the file's extension).")
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The chart file: .png, .svg or .pdf.")
    private Path output;

    /** The filters of {@code list}; without --dyad, one lane per pair. */
    @Mixin
    private FilterOptions filters;

    @Option(names = "--size", paramLabel = "PRESET",
            description = "slide (16:9, 13.33 x 7.5 in), a4-landscape, letter-landscape or column (89 x 70 mm).")
    private String preset;

    @Option(names = "--width", paramLabel = "W", description = "Width: pixels (1600), or 297mm, 11in.")
    private String width;

    @Option(names = "--height", paramLabel = "H", description = "Height, in the width's unit (default 900 pixels).")
    private String height;

    @Option(names = "--dpi", paramLabel = "N",
            description = "PNG resolution, 72 to 600 (default 300 for a size in mm or in, else 96).")
    private Integer dpi;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title on top of the chart.")
    private String title = "";

    @Option(names = "--subtitle", paramLabel = "TEXT",
            description = "Subtitle (default: the filters in words; \"\" for none).")
    private String subtitle;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    private boolean noLegend;

    @Option(names = "--no-caption", description = "Leave out the caption (source, filters, level rule, date).")
    private boolean noCaption;

    @Option(names = "--palette", paramLabel = "PALETTE", defaultValue = "colour-blind-safe",
            description = "colour, colour-blind-safe or greyscale (default: ${DEFAULT-VALUE}).")
    private String palette;

    @Option(names = "--dark", description = "Dark background.")
    private boolean dark;

    @Option(names = "--lanes", paramLabel = "pair|level",
            description = "One lane per pair, or per level (with the contact ceiling, for one pair). "
                    + "Default: per level with --dyad, else per pair.")
    private String lanes;

    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "Also write the contacts drawn as CSV (the columns of list --format csv).")
    private Path data;

    private boolean lanesByPair(ContactFilter filter) {
        if (lanes == null) {
            return filter.dyad() == null;
        }
        return switch (lanes.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "pair" -> true;
            case "level" -> false;
            default -> throw new ParameterException(spec.commandLine(),
                    "--lanes must be pair or level, not '" + lanes + "'");
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
            new ChartExport(options, content).write(output);
            if (data != null) {
                // Streamed from the store a chunk at a time (as `export` does), whatever the number.
                ContactFiles.write(sink -> db.contacts().forEach(filter, sink), data, false);
            }
        }
        spec.commandLine().getOut().printf("Wrote %s: %,d contacts, %s%s%n", output, timeline.total(),
                options.size(), options.format() == ExportFormat.PNG && options.size().isPhysical() ? " at "
                + options.dpi() + " DPI (" + options.size().pixelWidth(options.dpi()) + " × "
                + options.size().pixelHeight(options.dpi()) + " pixels)" : "");
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
                throw new IllegalArgumentException("--output: " + e.getMessage());
            }
            ChartSize size;
            if (preset != null) {
                if (width != null || height != null) {
                    throw new IllegalArgumentException("give either --size or --width and --height, not both");
                }
                size = ChartSize.Preset.fromCode(preset).size();
            } else if (width == null && height == null) {
                size = ChartSize.px(1600, 900);
            } else if (width == null || height == null) {
                throw new IllegalArgumentException("give both --width and --height");
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
