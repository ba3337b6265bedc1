package org.diplotrack.chart;

import java.awt.Color;
import org.diplotrack.model.Codes;
import org.diplotrack.model.l10n.Localization;

/**
 * How levels are coloured. The screen uses {@link #COLOUR_BLIND_SAFE} (Okabe–Ito, as
 * {@link LevelPalette}); exports may choose a brighter set or greys for print. In greyscale the
 * highest level is the darkest on a light background and the lightest on a dark one.
 */
public enum ChartPalette {
    /** A bright, familiar set (Tableau 10 hues). */
    COLOUR("colour"),
    /** Okabe–Ito: distinct with the common forms of colour blindness; the screen's palette. */
    COLOUR_BLIND_SAFE("colour-blind-safe"),
    /** Shades of grey for black-and-white print; shapes and fill still tell mode and status. */
    GREYSCALE("greyscale");

    private static final int[] BRIGHT = {0x9E9E9E, 0x9467BD, 0x1F77B4, 0x2CA02C, 0xFF7F0E, 0xD62728};
    private static final int[] GREYS = {0xC8C8C8, 0xA8A8A8, 0x8A8A8A, 0x6A6A6A, 0x444444, 0x111111};
    /** On a dark background: the highest level the lightest, the lowest still clear of the background. */
    private static final int[] GREYS_ON_DARK = {0x5C5C5C, 0x777777, 0x939393, 0xB0B0B0, 0xCFCFCF, 0xF2F2F2};

    private final String code;

    ChartPalette(String code) {
        this.code = code;
    }

    /** {@code colour-blind-safe}, as on the command line. */
    public String code() {
        return code;
    }

    public static ChartPalette fromCode(String code) {
        return Codes.find(values(), ChartPalette::code, code)
                .or(() -> Codes.find(values(), ChartPalette::name, code))
                .orElseThrow(() -> new IllegalArgumentException(Localization.text("chart.error.palette",
                        String.valueOf(code))));
    }

    /** The colour of a level's rank (0 unknown to 5 head of state/government) on a background. */
    public Color colourOfRank(int rank, Color background) {
        int r = Math.max(0, Math.min(5, rank));
        return switch (this) {
            case COLOUR -> new Color(BRIGHT[r]);
            case COLOUR_BLIND_SAFE -> LevelPalette.colourOfRank(r);
            case GREYSCALE -> new Color(isDark(background) ? GREYS_ON_DARK[r] : GREYS[r]);
        };
    }

    private static boolean isDark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 128;
    }
}
