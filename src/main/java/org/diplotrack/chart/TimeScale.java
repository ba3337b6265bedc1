package org.diplotrack.chart;

/** A linear map from days (epoch days, fractional allowed) to pixels. */
public record TimeScale(double startDay, double endDay, double x0, double x1) {

    public TimeScale {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("empty time range " + startDay + ".." + endDay);
        }
    }

    public double toX(double day) {
        return x0 + (day - startDay) * pixelsPerDay();
    }

    public double toDay(double x) {
        return startDay + (x - x0) / pixelsPerDay();
    }

    public double pixelsPerDay() {
        return (x1 - x0) / (endDay - startDay);
    }
}
