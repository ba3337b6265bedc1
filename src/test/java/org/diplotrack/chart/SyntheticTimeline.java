package org.diplotrack.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplotrack.chart.TimelineData.Mark;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;

/** Generated timelines for tests and benchmarks: contacts over 40 years (1985–2024) and 200 pairs. */
public final class SyntheticTimeline {
    public static final int YEARS = 40;
    public static final int PAIRS = 200;

    private SyntheticTimeline() {
    }

    /** Levels, modes and statuses at random; pairs unevenly active; one contact in 50 lasts up to 400 days. */
    public static TimelineData of(int n, long seed) {
        Random random = new Random(seed);
        List<String> countries = org.diplotrack.model.Countries.all().stream().map(c -> c.alpha2()).toList();
        String[] pairs = new String[PAIRS];
        for (int p = 0; p < pairs.length; p++) { // 200 distinct real pairs
            pairs[p] = countries.get(p % 20) + "-" + countries.get(20 + p / 20);
        }
        List<Mark> marks = new ArrayList<>(n);
        long first = java.time.LocalDate.of(1985, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            long start = first + random.nextInt(YEARS * 365);
            long end = start + (random.nextInt(50) == 0 ? random.nextInt(400) : 0);
            marks.add(new Mark(i + 1, start, end, random.nextBoolean(),
                    Level.values()[random.nextInt(Level.values().length)],
                    Mode.values()[random.nextInt(Mode.values().length)],
                    Status.values()[random.nextInt(Status.values().length)],
                    pairs[(int) Math.abs(random.nextGaussian() * 40) % PAIRS]));
        }
        return TimelineData.ofMarks(marks);
    }
}
