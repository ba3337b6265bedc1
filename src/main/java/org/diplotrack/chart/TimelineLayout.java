package org.diplotrack.chart;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the painter put things: the plot area, its time scale and lanes, and what it drew there
 * — contacts one by one as markers, and density bins where markers would have piled up.
 * Answers "what is at x, y".
 *
 * @param visible indexes into the data of the markers drawn
 * @param bins    the density drawn where markers would pile up (zero elsewhere), or null for none
 */
public record TimelineLayout(TimelineData data, Rectangle2D plot, TimeScale scale, Lanes lanes, int[] visible,
                             DensityBins bins) {
    static final double HIT_RADIUS = 10;

    /** A density bin under the pointer: how many contacts start in its days [from, to), the highest level. */
    public record Bin(int count, int topRank, long fromDay, long toDay) {
    }

    public double laneHeight() {
        return plot.getHeight() / lanes.count();
    }

    public double laneCentre(int lane) {
        return plot.getY() + (lane + 0.5) * laneHeight();
    }

    /** The centre of contact {@code i}'s marker. */
    public double x(int i) {
        return scale.toX(data.startDay(i) + 0.5);
    }

    public double y(int i) {
        return laneCentre(lanes.laneOf(i));
    }

    /** Whether some contacts (or all) are drawn as density bars. */
    public boolean aggregated() {
        return bins != null;
    }

    /** The id of the drawn marker nearest to the point, within a few pixels of it. */
    public OptionalLong markAt(double px, double py) {
        long best = 0;
        double bestDistance = HIT_RADIUS * HIT_RADIUS;
        boolean found = false;
        for (int i : visible) {
            double dx = x(i) - px;
            double dy = y(i) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = data.id(i);
                found = true;
            }
        }
        return found ? OptionalLong.of(best) : OptionalLong.empty();
    }

    /** The density bin under the point, when the contacts were drawn as density. */
    public Optional<Bin> binAt(double px, double py) {
        if (bins == null || !plot.contains(px, py)) {
            return Optional.empty();
        }
        int column = bins.columnAt(px);
        int lane = (int) ((py - plot.getY()) / laneHeight());
        if (column < 0 || lane < 0 || lane >= bins.lanes() || bins.count(lane, column) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Bin(bins.count(lane, column), bins.topRank(lane, column), bins.firstDay(column),
                bins.endDay(column)));
    }

    /** Whether a point is inside the plot, where dragging pans and the wheel zooms. */
    public boolean inPlot(double px, double py) {
        return plot.contains(px, py);
    }
}
