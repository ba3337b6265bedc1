package org.diplotrack.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.function.IntFunction;
import org.diplotrack.model.l10n.Localization;

/**
 * The timeline's key: the level colours, the ceiling line when it is drawn, the fills of status
 * and the shapes of mode, in one row that wraps when the chart is narrow.
 */
final class LegendPainter {
    private static final double ROW_HEIGHT = 18;

    private final ChartTheme theme;
    private final IntFunction<Color> colourOfRank;

    LegendPainter(ChartTheme theme, IntFunction<Color> colourOfRank) {
        this.theme = theme;
        this.colourOfRank = colourOfRank;
    }

    /** Draws the legend in one row (wrapping when narrow) and returns its bottom edge. */
    double draw(Graphics2D g, double left, double top, double width, boolean ceilingShown) {
        g.setFont(theme.smallFont());
        FontMetrics fm = g.getFontMetrics();
        double x = left;
        double y = top;
        double rowHeight = Math.max(ROW_HEIGHT, fm.getHeight());
        for (int rank = 5; rank >= 0; rank--) {
            String label = Lanes.rankLabel(rank);
            double itemWidth = 16 + fm.stringWidth(label) + 14;
            if (x + itemWidth > left + width && x > left) {
                x = left;
                y += rowHeight;
            }
            g.setColor(colourOfRank.apply(rank));
            g.fill(new Ellipse2D.Double(x, y + rowHeight / 2 - 5, 10, 10));
            g.setColor(theme.text());
            g.drawString(label, (float) (x + 16), (float) (y + rowHeight / 2 + fm.getAscent() / 2.0 - 1));
            x += itemWidth;
        }
        if (ceilingShown) {
            String ceiling = Localization.text("chart.legend.ceiling", TimelinePainter.CEILING_WINDOW_MONTHS);
            double ceilingWidth = 28 + fm.stringWidth(ceiling) + 14;
            if (x + ceilingWidth > left + width && x > left) {
                x = left;
                y += rowHeight;
            }
            Color c = theme.text();
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 140));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(x, y + rowHeight / 2, x + 20, y + rowHeight / 2));
            g.setColor(theme.text());
            g.drawString(ceiling, (float) (x + 26), (float) (y + rowHeight / 2 + fm.getAscent() / 2.0 - 1));
            x += ceilingWidth;
        }
        String[] statusLabels = {Localization.text("chart.legend.held"), Localization.text("chart.legend.planned"),
                Localization.text("chart.legend.declined")};
        for (int i = 0; i < statusLabels.length; i++) {
            double itemWidth = 16 + fm.stringWidth(statusLabels[i]) + 14;
            if (x + itemWidth > left + width && x > left) {
                x = left;
                y += rowHeight;
            }
            Ellipse2D dot = new Ellipse2D.Double(x, y + rowHeight / 2 - 5, 10, 10);
            g.setStroke(new BasicStroke(1.5f));
            g.setColor(theme.background());
            g.fill(dot);
            g.setColor(theme.mutedText());
            if (i == 0) {
                g.fill(dot);
            } else {
                g.draw(dot);
            }
            if (i == 2) {
                g.draw(new Line2D.Double(x + 2, y + rowHeight / 2 - 3, x + 8, y + rowHeight / 2 + 3));
                g.draw(new Line2D.Double(x + 2, y + rowHeight / 2 + 3, x + 8, y + rowHeight / 2 - 3));
            }
            g.setColor(theme.text());
            g.drawString(statusLabels[i], (float) (x + 16), (float) (y + rowHeight / 2 + fm.getAscent() / 2.0 - 1));
            x += itemWidth;
        }
        for (MarkerShapes.Kind kind : MarkerShapes.Kind.values()) {
            double itemWidth = 16 + fm.stringWidth(kind.label()) + 14;
            if (x + itemWidth > left + width && x > left) {
                x = left;
                y += rowHeight;
            }
            g.setColor(theme.mutedText());
            g.fill(MarkerShapes.of(kind.example(), x + 5, y + rowHeight / 2, 5));
            g.setColor(theme.text());
            g.drawString(kind.label(), (float) (x + 16), (float) (y + rowHeight / 2 + fm.getAscent() / 2.0 - 1));
            x += itemWidth;
        }
        return y + rowHeight;
    }
}
