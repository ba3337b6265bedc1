package org.diplotrack.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.RepresentationTimeline;
import org.diplotrack.model.l10n.Localization;

/**
 * Each side's representation in the other as a band under the lanes (issue 17): a head of
 * mission in post is a stretch shaded by rank (the darker, the higher; the rank written in it
 * where it fits), no one in post is a gap over a thin line, nothing on record is no line at all.
 * Drawn by {@link TimelinePainter}, so the screen and every export show the same.
 */
final class RepresentationBands {
    static final double BAND = 14;
    static final double GAP = 6;

    private final ChartTheme theme;

    RepresentationBands(ChartTheme theme) {
        this.theme = theme;
    }

    /** The height the bands take under the plot: none without representation on record. */
    static double height(List<RepresentationTimeline> sides) {
        return sides.isEmpty() ? 0 : GAP + sides.size() * (BAND + GAP);
    }

    /** "United States in Russia": whose mission, where. */
    static String label(RepresentationTimeline side) {
        return Localization.text("chart.band.label", side.sending().label(), side.receiving().label());
    }

    /**
     * @param plot   the lanes' area; the bands go right under it
     * @param labelRight where the band labels end, at the left of the plot
     * @param lastDay the last day the record speaks for (an open tenure is drawn to it)
     */
    void draw(Graphics2D g, List<RepresentationTimeline> sides, TimeScale scale, Rectangle2D plot, double labelRight,
              LocalDate lastDay) {
        for (int i = 0; i < sides.size(); i++) {
            RepresentationTimeline side = sides.get(i);
            double top = plot.getMaxY() + GAP + i * (BAND + GAP);
            g.setFont(theme.smallFont());
            FontMetrics fm = g.getFontMetrics();
            String label = label(side);
            g.setColor(theme.text());
            g.drawString(label, (float) (labelRight - fm.stringWidth(label)),
                    (float) (top + BAND / 2 + (fm.getAscent() - fm.getDescent()) / 2.0));
            if (side.intervals().isEmpty()) {
                continue;
            }
            Shape clip = g.getClip();
            g.clip(new Rectangle2D.Double(plot.getX(), top - 1, plot.getWidth(), BAND + 2));
            double from = scale.toX(side.intervals().get(0).first().toEpochDay());
            g.setColor(theme.mutedText());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(Math.max(plot.getX(), from), top + BAND / 2, plot.getMaxX(), top + BAND / 2));
            for (RepresentationTimeline.Interval interval : side.intervals()) {
                if (interval.gap()) {
                    continue;
                }
                double x1 = scale.toX(interval.first().toEpochDay());
                LocalDate last = interval.last() != null ? interval.last() : lastDay;
                double x2 = Math.max(x1 + 1, scale.toX(last.toEpochDay() + 1));
                Color shade = shade(interval.rank());
                g.setColor(shade);
                g.fill(new Rectangle2D.Double(x1, top, x2 - x1, BAND));
                String rank = interval.rank().label();
                double left = Math.max(x1, plot.getX()) + 3;
                double right = Math.min(x2, plot.getMaxX()) - 3;
                if (fm.stringWidth(rank) <= right - left) {
                    g.setColor(dark(shade) ? Color.WHITE : theme.text());
                    g.drawString(rank, (float) left, (float) (top + BAND / 2 + (fm.getAscent() - fm.getDescent()) / 2.0));
                }
            }
            g.setClip(clip);
        }
    }

    /** The theme's text colour over its background, the stronger the higher the rank. */
    private Color shade(MissionRank rank) {
        double strength = 0.18 + 0.12 * rank.order(); // none 0.18 … ambassador 0.90
        Color t = theme.text();
        Color b = theme.background();
        return new Color(mix(b.getRed(), t.getRed(), strength), mix(b.getGreen(), t.getGreen(), strength),
                mix(b.getBlue(), t.getBlue(), strength));
    }

    private static int mix(int from, int to, double strength) {
        return (int) Math.round(from + (to - from) * strength);
    }

    private static boolean dark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }
}
