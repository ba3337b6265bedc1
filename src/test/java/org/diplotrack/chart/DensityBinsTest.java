package org.diplotrack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplotrack.chart.TimelineData.Mark;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DensityBinsTest {
    private static final double WIDTH = 1599; // 533 columns of 3 pixels
    private static final double COLUMN = 3;

    /** 40 years, 200 pairs, levels and modes at random, some long contacts. */
    static TimelineData randomData(int n, long seed) {
        Random random = new Random(seed);
        String[] pairs = new String[200];
        for (int p = 0; p < pairs.length; p++) {
            pairs[p] = String.format("A%c-Z%c", 'A' + p % 26, 'A' + p / 26);
        }
        List<Mark> marks = new ArrayList<>();
        long first = java.time.LocalDate.of(1985, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            long start = first + random.nextInt(40 * 365);
            long end = start + (random.nextInt(50) == 0 ? random.nextInt(400) : 0);
            marks.add(new Mark(i + 1, start, end, random.nextBoolean(),
                    Level.values()[random.nextInt(Level.values().length)], Mode.values()[random.nextInt(Mode.values().length)],
                    Status.values()[random.nextInt(Status.values().length)], pairs[(int) Math.abs(random.nextGaussian() * 40) % 200]));
        }
        return TimelineData.ofMarks(marks);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void binsMatchABruteForceCountAtEveryZoom(boolean byPair) {
        TimelineData data = randomData(30_000, 7);
        Lanes lanes = byPair ? Lanes.byPair(data) : Lanes.byLevel(data);
        LaneIndex index = LaneIndex.of(data, lanes);
        Random random = new Random(11);
        Viewport all = Viewport.fit(data);
        for (double span : new double[] {all.span(), 20 * 365.25, 365.25, 90, 7.3}) {
            double start = all.startDay() + random.nextDouble() * Math.max(1, all.span() - span);
            TimeScale scale = new TimeScale(start, start + span, 100.25, 100.25 + WIDTH);
            DensityBins bins = DensityBins.of(index, scale, WIDTH, COLUMN);

            int[][] counts = new int[lanes.count()][bins.columns()];
            int[][] top = new int[lanes.count()][bins.columns()];
            int inPlot = 0;
            for (int i = 0; i < data.size(); i++) {
                double x = scale.toX(data.startDay(i) + 0.5);
                int column = (int) Math.floor((x - scale.x0()) / COLUMN);
                if (column >= 0 && column < bins.columns()) {
                    inPlot++;
                    counts[lanes.laneOf(i)][column]++;
                    top[lanes.laneOf(i)][column] = Math.max(top[lanes.laneOf(i)][column], data.rank(i));
                }
            }
            assertThat(bins.total()).as("span %s: every contact in view counted once", span).isEqualTo(inPlot);
            for (int lane = 0; lane < lanes.count(); lane++) {
                for (int column = 0; column < bins.columns(); column++) {
                    assertThat(bins.count(lane, column)).as("lane %d column %d", lane, column)
                            .isEqualTo(counts[lane][column]);
                    assertThat(bins.topRank(lane, column)).as("highest level, lane %d column %d", lane, column)
                            .isEqualTo(top[lane][column]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000, 1_000_000})
    void theWorkOfAFrameDependsOnThePixelsNotOnTheContacts(int n) {
        // Not a timing: the number of bins is fixed by the width, whatever the contacts.
        TimelineData data = randomData(n, 3);
        Viewport all = Viewport.fit(data);
        TimeScale scale = new TimeScale(all.startDay(), all.endDay(), 0, WIDTH);
        DensityBins bins = DensityBins.of(LaneIndex.of(data, Lanes.byLevel(data)), scale, WIDTH, COLUMN);
        assertThat(bins.columns()).isEqualTo(533);
        assertThat(bins.total()).isEqualTo(n);
    }

    @ParameterizedTest
    @ValueSource(doubles = {3650, 365, 30, 2})
    void theVisibleContactsAreFoundByTheirSpanIncludingLongOnes(double span) {
        TimelineData data = randomData(20_000, 5);
        double start = java.time.LocalDate.of(2000, 3, 1).toEpochDay() + 0.3;
        double end = start + span;
        int[] visible = data.visible(start, end);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (data.startDay(i) <= end && data.endDay(i) + 1 >= start) {
                expected.add(i);
            }
        }
        assertThat(visible).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
}
