package org.diplotrack.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplotrack.model.Status;

/**
 * The contact ceiling as a step function: from each day on, the highest rank of a held contact
 * that started on or before it and ended no more than the window before it (the rule of
 * {@code DyadSummary}); -1 where there is none.
 */
public final class CeilingSteps {
    /** From {@code day} on (until the next step), the ceiling is {@code rank}. */
    public record Step(long day, int rank) {
    }

    private CeilingSteps() {
    }

    public static List<Step> of(TimelineData data, int windowMonths) {
        long window = Math.round(windowMonths * 30.4375);
        // Sweep over sorted events, packed in longs so a million contacts sort as primitives:
        // a rank counts from a held contact's start to the day after its window ends.
        long[] events = new long[2 * data.size()];
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            int rank = data.rank(i);
            if (data.status(i) != Status.HELD || rank < 1) {
                continue;
            }
            events[n++] = pack(data.startDay(i), rank, true);
            events[n++] = pack(data.endDay(i) + window + 1, rank, false);
        }
        Arrays.sort(events, 0, n);
        int[] active = new int[6];
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < n; ) {
            long day = dayOf(events[k]);
            for (; k < n && dayOf(events[k]) == day; k++) {
                active[(int) (events[k] >> 1 & 7)] += (events[k] & 1) == 1 ? 1 : -1;
            }
            int rank = -1;
            for (int r = 5; r >= 1; r--) {
                if (active[r] > 0) {
                    rank = r;
                    break;
                }
            }
            if (steps.isEmpty() || steps.get(steps.size() - 1).rank() != rank) {
                steps.add(new Step(day, rank));
            }
        }
        return steps;
    }

    /** The step in effect on {@code day}: the last one starting on or before it; null before the first. */
    public static Step at(List<Step> steps, double day) {
        Step found = null;
        for (Step step : steps) {
            if (step.day() > day) {
                break;
            }
            found = step;
        }
        return found;
    }

    /** Days are offset so that dates before 1970 sort right too. */
    private static final long DAY_OFFSET = 1L << 40;

    private static long pack(long day, int rank, boolean starts) {
        return (day + DAY_OFFSET) << 4 | (long) rank << 1 | (starts ? 1 : 0);
    }

    private static long dayOf(long event) {
        return (event >> 4) - DAY_OFFSET;
    }
}
