package org.diplotrack.ui;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is drawn in a font, to size controls by what they must show. */
public final class TextWidth {
    /** The window's font (diplotrack.css sets 13 px on the root). */
    public static final Font WINDOW_FONT = Font.font(13);

    private TextWidth() {
    }

    public static double of(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
