package org.diplotrack.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Contacts drawn as density: a bar per lane and pixel column where markers would pile up, and
 * a thin line over the days of each long contact among them. (The screen says "zoom in to see
 * each one" beside the chart, not over the lanes.)
 */
final class DensityPainter {
    /** Past this many contacts longer than a month in view, density draws no span lines. */
    static final int SPAN_BUDGET = 1_000;

    private final IntFunction<Color> colourOfRank;

    DensityPainter(IntFunction<Color> colourOfRank) {
        this.colourOfRank = colourOfRank;
    }

    /**
     * Too many markers to tell apart: per lane and column of a few pixels, a bar whose height
     * grows with the number of contacts there (logarithmically, up to the lane's busiest
     * column), in the colour of the highest level among them.
     */
    void drawBars(Graphics2D g, TimelineLayout layout) {
        DensityBins bins = layout.bins();
        Color[] colours = new Color[LaneIndex.RANKS];
        for (int rank = 0; rank < colours.length; rank++) {
            Color c = colourOfRank.apply(rank);
            colours[rank] = new Color(c.getRed(), c.getGreen(), c.getBlue(), 210);
        }
        double full = layout.laneHeight() * 0.8;
        Rectangle2D.Double bar = new Rectangle2D.Double();
        for (int lane = 0; lane < bins.lanes(); lane++) {
            double centre = layout.laneCentre(lane);
            double logMax = Math.log1p(Math.max(1, bins.max(lane)));
            for (int column = 0; column < bins.columns(); column++) {
                int count = bins.count(lane, column);
                if (count > 0) {
                    g.setColor(colours[bins.topRank(lane, column)]);
                    double h = Math.max(2, full * Math.log1p(count) / logMax);
                    bar.setRect(bins.columnX(column), centre - h / 2, bins.columnWidth() - 0.5, h);
                    g.fill(bar);
                }
            }
        }
    }

    /**
     * Density counts a contact in the column of its first day; one that runs for more than a
     * month (a long negotiation) also gets a thin line in its level's colour over the days it
     * runs, under the bars — as a marker's bar shows the days of a multi-day contact. Lines of
     * a lane and level are merged; past {@link #SPAN_BUDGET} long contacts in view there are
     * none (they would line every lane from end to end, at a cost to every frame).
     */
    void drawLongSpans(Graphics2D g, TimelineLayout layout, Viewport viewport) {
        TimelineData data = layout.data();
        int[] longOnes = data.longOnesOverlapping(viewport.startDay(), viewport.endDay(), SPAN_BUDGET);
        if (longOnes == null || longOnes.length == 0) {
            return; // none, or thousands that would only line every lane from end to end
        }
        Rectangle2D plot = layout.plot();
        int width = (int) Math.ceil(plot.getWidth()) + 1;
        // starts[lane][rank][x]: +1 where a span begins, -1 after it ends (a difference array).
        int[][][] starts = new int[layout.lanes().count()][LaneIndex.RANKS][];
        for (int i : longOnes) {
            if (Arrays.binarySearch(layout.visible(), i) >= 0) {
                continue; // drawn as a marker, with its own bar
            }
            int[][] lane = starts[layout.lanes().laneOf(i)];
            int rank = data.rank(i);
            if (lane[rank] == null) {
                lane[rank] = new int[width + 1];
            }
            int from = pixel(layout.scale().toX(data.startDay(i)) - plot.getX(), width);
            int to = pixel(layout.scale().toX(data.endDay(i) + 1.0) - plot.getX(), width);
            lane[rank][from]++;
            lane[rank][Math.max(from + 1, to)]--;
        }
        Rectangle2D.Double line = new Rectangle2D.Double();
        for (int lane = 0; lane < starts.length; lane++) {
            double y = layout.laneCentre(lane);
            for (int rank = 0; rank < LaneIndex.RANKS; rank++) { // the highest level drawn last, on top
                int[] diff = starts[lane][rank];
                if (diff == null) {
                    continue;
                }
                g.setColor(colourOfRank.apply(rank));
                int depth = 0;
                int runStart = -1;
                for (int x = 0; x <= width; x++) {
                    depth += diff[x];
                    if (depth > 0 && runStart < 0) {
                        runStart = x;
                    } else if (depth <= 0 && runStart >= 0) {
                        line.setRect(plot.getX() + runStart, y - 1.5, x - runStart, 3);
                        g.fill(line);
                        runStart = -1;
                    }
                }
            }
        }
    }

    private static int pixel(double x, int width) {
        return (int) Math.max(0, Math.min(width - 1, Math.floor(x)));
    }
}
