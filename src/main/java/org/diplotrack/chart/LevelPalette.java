package org.diplotrack.chart;

import java.awt.Color;
import org.diplotrack.model.Level;

/**
 * Colours by contact level from the Okabe–Ito palette, which stays distinguishable with the
 * common forms of colour blindness. Heads of state and of government share their rank's colour.
 */
public final class LevelPalette {
    private LevelPalette() {
    }

    public static Color colour(Level level) {
        return colourOfRank(level.rank());
    }

    public static Color colourOfRank(int rank) {
        return switch (rank) {
            case 5 -> new Color(0xD55E00); // vermillion
            case 4 -> new Color(0xE69F00); // orange
            case 3 -> new Color(0x009E73); // bluish green
            case 2 -> new Color(0x0072B2); // blue
            case 1 -> new Color(0x56B4E9); // sky blue
            default -> new Color(0x999999); // grey
        };
    }
}
