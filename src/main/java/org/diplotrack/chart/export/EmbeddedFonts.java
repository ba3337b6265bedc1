package org.diplotrack.chart.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Maps every font the chart uses to DejaVu Sans (regular or bold, shipped in
 * {@code resources/fonts/}), embedded in the PDF as a subset, so the text stays text (selectable,
 * searchable) and looks the same wherever the PDF is opened.
 */
final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private PDFont regular;
    private PDFont bold;

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        try {
            if (font.isBold()) {
                if (bold == null) {
                    bold = load(env, BOLD);
                }
                return bold;
            }
            if (regular == null) {
                regular = load(env, REGULAR);
            }
            return regular;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont load(IFontTextDrawerEnv env, String resource) throws IOException {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            return PDType0Font.load(env.getDocument(), in);
        }
    }
}
