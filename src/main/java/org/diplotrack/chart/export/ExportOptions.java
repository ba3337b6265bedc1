package org.diplotrack.chart.export;

import java.util.Objects;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.model.l10n.Localization;

/**
 * What an export looks like.
 *
 * @param range    the current view, or the whole filtered range
 * @param dpi      dots per inch of a PNG (72 to 600); written into the file
 * @param title    drawn on top; blank for none
 * @param subtitle under the title; null for the filters in words, blank for none
 */
public record ExportOptions(ExportFormat format, Range range, ChartSize size, int dpi, String title, String subtitle,
                            boolean legend, boolean caption, ChartPalette palette, boolean dark) {
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;

    public enum Range { VIEW, WHOLE }

    public static final ExportOptions DEFAULTS = new ExportOptions(ExportFormat.PNG, Range.WHOLE,
            ChartSize.px(1600, 900), 96, "", null, true, true, ChartPalette.COLOUR_BLIND_SAFE, false);

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(palette, "palette");
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException(Localization.text("chart.error.dpi", String.valueOf(MIN_DPI),
                    String.valueOf(MAX_DPI), String.valueOf(dpi)));
        }
        title = title == null ? "" : title.strip();
        int maxSide = Math.max(size.pixelWidth(dpi), size.pixelHeight(dpi));
        if (Math.max(size.layoutWidth(), size.layoutHeight()) > ChartSize.MAX_PIXELS
                || (format == ExportFormat.PNG && maxSide > ChartSize.MAX_PIXELS)) {
            throw new IllegalArgumentException(Localization.text("chart.error.tooLarge", size.toString(),
                    String.valueOf(dpi), String.valueOf(ChartSize.MAX_PIXELS)));
        }
        if (size.pixelWidth(dpi) < 1 || size.pixelHeight(dpi) < 1) {
            throw new IllegalArgumentException(Localization.text("chart.error.tooSmall", size.toString()));
        }
    }

    public ExportOptions withFormat(ExportFormat v) {
        return new ExportOptions(v, range, size, dpi, title, subtitle, legend, caption, palette, dark);
    }

    public ExportOptions withRange(Range v) {
        return new ExportOptions(format, v, size, dpi, title, subtitle, legend, caption, palette, dark);
    }

    public ExportOptions withSize(ChartSize v) {
        return new ExportOptions(format, range, v, dpi, title, subtitle, legend, caption, palette, dark);
    }

    public ExportOptions withDpi(int v) {
        return new ExportOptions(format, range, size, v, title, subtitle, legend, caption, palette, dark);
    }

    public ExportOptions withTitle(String v) {
        return new ExportOptions(format, range, size, dpi, v, subtitle, legend, caption, palette, dark);
    }

    public ExportOptions withSubtitle(String v) {
        return new ExportOptions(format, range, size, dpi, title, v, legend, caption, palette, dark);
    }

    public ExportOptions withLegend(boolean v) {
        return new ExportOptions(format, range, size, dpi, title, subtitle, v, caption, palette, dark);
    }

    public ExportOptions withCaption(boolean v) {
        return new ExportOptions(format, range, size, dpi, title, subtitle, legend, v, palette, dark);
    }

    public ExportOptions withPalette(ChartPalette v) {
        return new ExportOptions(format, range, size, dpi, title, subtitle, legend, caption, v, dark);
    }

    public ExportOptions withDark(boolean v) {
        return new ExportOptions(format, range, size, dpi, title, subtitle, legend, caption, palette, v);
    }
}
