package org.diplotrack.chart.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.chart.ChartTheme;
import org.diplotrack.chart.TimelinePainter;

/**
 * Frames the timeline for an export: title and subtitle on top, the caption at the bottom, and
 * in between the chart, drawn by {@link TimelinePainter} (the same painter as on screen) into
 * the remaining area through a translation and a clip. Coordinates are layout pixels.
 */
public final class ChartFrame {
    static final double PAD = 16;

    private final ChartTheme theme;
    private final Font titleFont;
    private final Font subtitleFont;
    private final Font captionFont;

    public ChartFrame(ChartTheme theme) {
        this.theme = theme;
        String family = theme.font().getFamily();
        this.titleFont = new Font(family, Font.BOLD, 20);
        this.subtitleFont = new Font(family, Font.PLAIN, 14);
        this.captionFont = new Font(family, Font.PLAIN, 10);
    }

    /** The caption's sentences: source and filters, then the level rule and the day of generation. */
    public static List<String> caption(ChartContent content) {
        int n = content.data().total();
        String source = Localization.text("chart.caption.source", n, content.filterWords());
        return List.of(source, Localization.text("chart.caption.rule") + " "
                + Localization.text("chart.caption.generated", content.generated().toString()));
    }

    /**
     * Draws the whole export. The painter must already carry the export's options (lanes,
     * legend, palette).
     */
    public void paint(Graphics2D g, double width, double height, TimelinePainter painter, ChartContent content,
                      ExportOptions options) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double top = PAD / 2;
        double textWidth = width - 2 * PAD;
        if (!options.title().isBlank()) {
            top = drawLines(g, wrap(g, titleFont, options.title(), textWidth), titleFont, PAD, top + PAD / 2, theme.text());
        }
        String subtitle = options.subtitle() == null ? content.filterWords() : options.subtitle().strip();
        if (!subtitle.isBlank()) {
            top = drawLines(g, wrap(g, subtitleFont, subtitle, textWidth), subtitleFont, PAD,
                    top + (options.title().isBlank() ? PAD / 2 : 2), theme.mutedText());
        }
        double bottom = height;
        if (options.caption()) {
            List<String> lines = new ArrayList<>();
            for (String sentence : caption(content)) {
                lines.addAll(wrap(g, captionFont, sentence, textWidth));
            }
            g.setFont(captionFont);
            double lineHeight = g.getFontMetrics().getHeight();
            bottom = height - PAD / 2 - lines.size() * lineHeight;
            drawLines(g, lines, captionFont, PAD, bottom, theme.mutedText());
        }
        double chartHeight = Math.max(1, bottom - top);
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        g.translate(0, top);
        g.clip(new Rectangle2D.Double(0, 0, width, chartHeight));
        painter.paint(g, width, chartHeight, content.data(), content.viewport(options), 0);
        g.setTransform(transform);
        g.setClip(clip);
    }

    /** Draws lines from a top edge and returns the bottom edge of the last. */
    private static double drawLines(Graphics2D g, List<String> lines, Font font, double left, double top,
                                    java.awt.Color colour) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(colour);
        double y = top;
        for (String line : lines) {
            g.drawString(line, (float) left, (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        return y;
    }

    /** Breaks text into lines no wider than the width, at spaces (a longer word stands alone). */
    static List<String> wrap(Graphics2D g, Font font, String text, double width) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
