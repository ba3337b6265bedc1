package org.diplotrack.chart.export;

import java.time.LocalDate;
import java.util.List;
import org.diplotrack.model.RepresentationTimeline;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.PartialDate;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.Viewport;

/**
 * What an export draws: the timeline's data, the view on screen (null when there is none),
 * lanes by pair (several pairs) or by level (one pair), the filters in words and the day the
 * chart is generated, for the caption; and the filter's dates (null when open), which the whole
 * range spans, so "2014 to 2024" shows those years even where there were no contacts.
 */
public record ChartContent(TimelineData data, Viewport currentView, boolean lanesByPair, String filterWords,
                           LocalDate generated, PartialDate from, PartialDate to,
                           List<RepresentationTimeline> representation) {

    public ChartContent {
        representation = representation == null ? List.of() : List.copyOf(representation);
    }

    public ChartContent(TimelineData data, Viewport currentView, boolean lanesByPair, String filterWords,
                        LocalDate generated) {
        this(data, currentView, lanesByPair, filterWords, generated, null, null, List.of());
    }

    public ChartContent(TimelineData data, Viewport currentView, boolean lanesByPair, String filterWords,
                        LocalDate generated, PartialDate from, PartialDate to) {
        this(data, currentView, lanesByPair, filterWords, generated, from, to, List.of());
    }

    /** This content with each side's representation drawn as bands under the lanes (one pair's chart). */
    public ChartContent withRepresentation(List<RepresentationTimeline> sides) {
        return new ChartContent(data, currentView, lanesByPair, filterWords, generated, from, to, sides);
    }

    /**
     * What the chart of a filter's contacts draws: the filter in words for the caption, and its
     * dates for the whole range.
     */
    public static ChartContent of(TimelineData data, Viewport currentView, boolean lanesByPair, ContactFilter filter,
                                  LocalDate generated) {
        return new ChartContent(data, currentView, lanesByPair, FilterWords.of(filter), generated, filter.from(),
                filter.to(), List.of());
    }

    /** The span an export shows under these options. */
    public Viewport viewport(ExportOptions options) {
        if (options.range() == ExportOptions.Range.VIEW && currentView != null) {
            return currentView;
        }
        Viewport fit = Viewport.fit(data);
        double start = from == null ? fit.startDay() : from.firstDay().toEpochDay();
        double end = to == null ? fit.endDay() : to.lastDay().toEpochDay() + 1;
        return end > start ? new Viewport(start, end) : fit;
    }
}
