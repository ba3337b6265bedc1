package org.diplotrack.chart;

import java.awt.Color;
import java.awt.Font;

/** Colours and fonts of a chart, the same on screen and in exported files. */
public record ChartTheme(Color background, Color text, Color mutedText, Color grid, Color band, Font font,
                         Font smallFont) {

    public static final ChartTheme LIGHT = new ChartTheme(Color.WHITE, new Color(0x222222), new Color(0x666666),
            new Color(0xDDDDDD), new Color(0xF4F6F8), new Font(Font.SANS_SERIF, Font.PLAIN, 13),
            new Font(Font.SANS_SERIF, Font.PLAIN, 11));
}
