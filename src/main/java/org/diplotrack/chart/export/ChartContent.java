package org.diplotrack.chart.export;

import java.time.LocalDate;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.Viewport;

/**
 * What an export draws: the timeline's data, the view on screen (null when there is none),
 * lanes by pair (several pairs) or by level (one pair), the filters in words and the day the
 * chart is generated, for the caption.
 */
public record ChartContent(TimelineData data, Viewport currentView, boolean lanesByPair, String filterWords,
                           LocalDate generated) {

    /** The span an export shows under these options. */
    public Viewport viewport(ExportOptions options) {
        return options.range() == ExportOptions.Range.VIEW && currentView != null ? currentView : Viewport.fit(data);
    }
}
