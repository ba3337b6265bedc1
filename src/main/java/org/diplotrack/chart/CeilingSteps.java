package org.diplotrack.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.diplotrack.chart.TimelineData.Mark;
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
        // Sweep: +1 for a rank when a contact starts counting, -1 the day after it stops.
        TreeMap<Long, int[]> changes = new TreeMap<>();
        for (Mark m : data.marks()) {
            if (m.status() != Status.HELD || !m.level().isKnown()) {
                continue;
            }
            changes.computeIfAbsent(m.startDay(), d -> new int[6])[m.level().rank()]++;
            changes.computeIfAbsent(m.endDay() + window + 1, d -> new int[6])[m.level().rank()]--;
        }
        int[] active = new int[6];
        List<Step> steps = new ArrayList<>();
        for (var change : changes.entrySet()) {
            for (int r = 0; r < 6; r++) {
                active[r] += change.getValue()[r];
            }
            int rank = -1;
            for (int r = 5; r >= 1; r--) {
                if (active[r] > 0) {
                    rank = r;
                    break;
                }
            }
            if (steps.isEmpty() || steps.get(steps.size() - 1).rank() != rank) {
                steps.add(new Step(change.getKey(), rank));
            }
        }
        return steps;
    }
}
