package org.diplotrack.chart;

/**
 * The span of time the timeline shows, in epoch days (fractional). Zooming keeps the day under
 * the pointer where it is; spans are kept between a day and a thousand years.
 */
public record Viewport(double startDay, double endDay) {
    static final double MIN_SPAN = 1;
    static final double MAX_SPAN = 365_250;
    /** Range shown around a single day, so a lone contact sits in a readable year. */
    static final double FIT_MIN_SPAN = 365;

    public Viewport {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("empty viewport " + startDay + ".." + endDay);
        }
    }

    /** All the marks, with a margin, at least a year wide. */
    public static Viewport fit(TimelineData data) {
        if (data.isEmpty()) {
            double today = java.time.LocalDate.now().toEpochDay();
            return new Viewport(today - FIT_MIN_SPAN / 2, today + FIT_MIN_SPAN / 2);
        }
        double first = data.firstDay();
        double last = data.lastDay() + 1;
        double span = Math.max(last - first, FIT_MIN_SPAN);
        double mid = (first + last) / 2;
        double half = span / 2 * 1.1;
        return new Viewport(mid - half, mid + half);
    }

    public double span() {
        return endDay - startDay;
    }

    /**
     * @param factor below 1 zooms in, above 1 zooms out
     * @param around the day that stays at the same place on screen
     */
    public Viewport zoom(double factor, double around) {
        double span = Math.max(MIN_SPAN, Math.min(MAX_SPAN, span() * factor));
        double ratio = (around - startDay) / span();
        double start = around - ratio * span;
        return new Viewport(start, start + span);
    }

    public Viewport pan(double days) {
        return new Viewport(startDay + days, endDay + days);
    }

    public boolean contains(double day) {
        return day >= startDay && day <= endDay;
    }
}
