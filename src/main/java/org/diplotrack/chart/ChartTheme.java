package org.diplotrack.chart;

import java.awt.Color;
import java.awt.Font;

/** Colours and fonts of a chart, the same on screen and in exported files. */
public record ChartTheme(Color background, Color text, Color mutedText, Color grid, Color band, Font font,
                         Font smallFont) {

    public static final ChartTheme LIGHT = new ChartTheme(Color.WHITE, new Color(0x222222), new Color(0x666666),
            new Color(0xDDDDDD), new Color(0xF4F6F8), new Font(Font.SANS_SERIF, Font.PLAIN, 13),
            new Font(Font.SANS_SERIF, Font.PLAIN, 11));

    /** For dark desktops; the Okabe–Ito level colours stay distinct on it. */
    public static final ChartTheme DARK = new ChartTheme(new Color(0x1E1F22), new Color(0xE8E8E8),
            new Color(0xA8A8A8), new Color(0x3A3D41), new Color(0x26282C), new Font(Font.SANS_SERIF, Font.PLAIN, 13),
            new Font(Font.SANS_SERIF, Font.PLAIN, 11));
}
