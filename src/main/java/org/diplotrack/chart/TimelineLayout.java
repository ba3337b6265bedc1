package org.diplotrack.chart;

import java.awt.geom.Rectangle2D;
import java.util.OptionalLong;
import org.diplotrack.chart.TimelineData.Mark;

/** Where the painter put things: the plot area, its time scale and lanes; answers "what is at x, y". */
public record TimelineLayout(TimelineData data, Rectangle2D plot, TimeScale scale, Lanes lanes) {
    static final double HIT_RADIUS = 10;

    public double laneHeight() {
        return plot.getHeight() / lanes.count();
    }

    public double laneCentre(int lane) {
        return plot.getY() + (lane + 0.5) * laneHeight();
    }

    public double x(Mark mark) {
        return scale.toX(mark.startDay() + 0.5);
    }

    public double y(Mark mark) {
        return laneCentre(lanes.laneOf(mark));
    }

    /** The id of the mark nearest to the point, within a few pixels of its marker. */
    public OptionalLong markAt(double px, double py) {
        long best = 0;
        double bestDistance = HIT_RADIUS * HIT_RADIUS;
        boolean found = false;
        for (Mark mark : data.marks()) {
            double dx = x(mark) - px;
            double dy = y(mark) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = mark.id();
                found = true;
            }
        }
        return found ? OptionalLong.of(best) : OptionalLong.empty();
    }

    /** Whether a point is inside the plot, where dragging pans and the wheel zooms. */
    public boolean inPlot(double px, double py) {
        return plot.contains(px, py);
    }
}
