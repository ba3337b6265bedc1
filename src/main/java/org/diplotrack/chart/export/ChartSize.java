package org.diplotrack.chart.export;

import java.util.Locale;
import org.diplotrack.model.Codes;
import org.diplotrack.model.l10n.Localization;

/**
 * The size of an exported chart: in pixels, or physical (millimetres or inches). The chart is
 * laid out in CSS pixels (1/96 inch), so text keeps a readable size in print: a physical size
 * becomes {@code inches × 96} layout pixels, a PNG of it {@code inches × DPI} image pixels and a
 * PDF page {@code inches × 72} points. A size in pixels is drawn one to one.
 * <p>
 * A small chart (a journal column) would leave no room for the lanes between legend and
 * caption, so below {@link #MIN_LAYOUT_WIDTH} × {@link #MIN_LAYOUT_HEIGHT} CSS pixels the whole
 * chart is laid out larger and scaled down: text shrinks with it (13 px text becomes about 7 pt
 * in an 89 mm column) instead of the lanes disappearing.
 */
public record ChartSize(double width, double height, Unit unit) {
    /** Layout pixels per inch (CSS pixels). */
    public static final double LAYOUT_DPI = 96;
    /** The largest side an export may have, in layout or image pixels. */
    public static final int MAX_PIXELS = 20_000;
    /** The smallest area the chart is laid out in, in CSS pixels; smaller sizes are scaled down. */
    public static final double MIN_LAYOUT_WIDTH = 480;
    public static final double MIN_LAYOUT_HEIGHT = 340;

    public enum Unit {
        PX("px", 1.0 / LAYOUT_DPI), MM("mm", 1 / 25.4), IN("in", 1);

        private final String code;
        private final double inches;

        Unit(String code, double inches) {
            this.code = code;
            this.inches = inches;
        }

        public String code() {
            return code;
        }

        public double toInches(double value) {
            return value * inches;
        }

        public static Unit fromCode(String code) {
            return Codes.find(values(), Unit::code, code).orElseThrow(() -> new IllegalArgumentException(
                    Localization.text("chart.error.unit", String.valueOf(code))));
        }
    }

    /** The usual sizes, all landscape. */
    public enum Preset {
        SLIDE_16_9("slide", new ChartSize(13.333, 7.5, Unit.IN)),
        A4_LANDSCAPE("a4-landscape", new ChartSize(297, 210, Unit.MM)),
        LETTER_LANDSCAPE("letter-landscape", new ChartSize(11, 8.5, Unit.IN)),
        JOURNAL_COLUMN("column", new ChartSize(89, 70, Unit.MM));

        private final String code;
        private final ChartSize size;

        Preset(String code, ChartSize size) {
            this.code = code;
            this.size = size;
        }

        public String code() {
            return code;
        }

        /** "A4 landscape (297 × 210 mm)", in the language in use. */
        public String label() {
            return Localization.text("chart.size.preset." + code);
        }

        public ChartSize size() {
            return size;
        }

        public static Preset fromCode(String code) {
            return Codes.find(values(), Preset::code, code).orElseThrow(() -> new IllegalArgumentException(
                    Localization.text("chart.error.preset", String.valueOf(code))));
        }
    }

    public ChartSize {
        if (unit == null) {
            throw new IllegalArgumentException(Localization.text("chart.size.noUnit"));
        }
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException(Localization.text("chart.error.notPositive", format(width),
                    format(height), unit.code));
        }
    }

    public static ChartSize px(double width, double height) {
        return new ChartSize(width, height, Unit.PX);
    }

    public boolean isPhysical() {
        return unit != Unit.PX;
    }

    /** Width in CSS pixels (1/96 inch): the size on a screen or page. */
    public double cssWidth() {
        return isPhysical() ? unit.toInches(width) * LAYOUT_DPI : width;
    }

    public double cssHeight() {
        return isPhysical() ? unit.toInches(height) * LAYOUT_DPI : height;
    }

    /** 1, or less for a chart smaller than the minimum layout: how much the layout is scaled down. */
    public double layoutScale() {
        return Math.min(1, Math.min(cssWidth() / MIN_LAYOUT_WIDTH, cssHeight() / MIN_LAYOUT_HEIGHT));
    }

    /** Width of the area the chart is laid out in (CSS pixels before scaling down). */
    public double layoutWidth() {
        return cssWidth() / layoutScale();
    }

    public double layoutHeight() {
        return cssHeight() / layoutScale();
    }

    /** The PNG's width in pixels at a DPI: physical size × DPI, or the pixels asked for. */
    public int pixelWidth(int dpi) {
        return (int) Math.round(isPhysical() ? unit.toInches(width) * dpi : width);
    }

    public int pixelHeight(int dpi) {
        return (int) Math.round(isPhysical() ? unit.toInches(height) * dpi : height);
    }

    /** PDF page size in points (1/72 inch); pixels count as CSS pixels. */
    public double pointWidth() {
        return cssWidth() * 72 / LAYOUT_DPI;
    }

    public double pointHeight() {
        return cssHeight() * 72 / LAYOUT_DPI;
    }

    /**
     * A length as typed: {@code 1600}, {@code 1600px}, {@code 297mm}, {@code 11in}.
     * @return the value and its unit (pixels when none is given)
     */
    public static ChartSize parseLengths(String width, String height) {
        double[] w = parseLength(width);
        double[] h = parseLength(height);
        if (w[1] != h[1]) {
            throw new IllegalArgumentException(Localization.text("chart.error.sameUnit", width, height));
        }
        return new ChartSize(w[0], h[0], Unit.values()[(int) w[1]]);
    }

    private static double[] parseLength(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Unit unit = Unit.PX;
        for (Unit u : Unit.values()) {
            if (t.endsWith(u.code)) {
                unit = u;
                t = t.substring(0, t.length() - u.code.length()).trim();
            }
        }
        try {
            return new double[] {Double.parseDouble(t), unit.ordinal()};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Localization.text("chart.error.notALength", text));
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public String toString() {
        return format(width) + " × " + format(height) + " " + unit.code;
    }
}
