package org.diplotrack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DensityBinsTest {
    private static final double WIDTH = 1599; // 533 columns of 3 pixels
    private static final double COLUMN = 3;

    static TimelineData randomData(int n, long seed) {
        return SyntheticTimeline.of(n, seed);
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

    @org.junit.jupiter.api.Test
    void onlyTheColumnsOfCrowdedSpotsKeepTheirCounts() {
        TimelineData data = randomData(3_000, 21);
        Lanes lanes = Lanes.byPair(data);
        Viewport all = Viewport.fit(data);
        TimeScale scale = new TimeScale(all.startDay(), all.endDay(), 10, 10 + WIDTH);
        DensityBins bins = DensityBins.of(LaneIndex.of(data, lanes), scale, WIDTH, COLUMN);
        for (int span : new int[] {1, 5, 12}) {
            for (int maxStack : new int[] {1, 4, 9}) {
                DensityBins crowded = bins.whereCrowded(span, maxStack);
                int kept = 0;
                for (int lane = 0; lane < bins.lanes(); lane++) {
                    for (int c = 0; c < bins.columns(); c++) {
                        // Brute force: is column c inside some window of `span` columns holding more than maxStack?
                        boolean inCrowd = false;
                        for (int w = Math.max(0, c - span + 1); w <= c && !inCrowd; w++) {
                            int sum = 0;
                            for (int k = w; k < Math.min(bins.columns(), w + span); k++) {
                                sum += bins.count(lane, k);
                            }
                            inCrowd = sum > maxStack;
                        }
                        int expected = inCrowd ? bins.count(lane, c) : 0;
                        assertThat(crowded.count(lane, c)).as("span %d, max %d, lane %d, column %d", span, maxStack,
                                lane, c).isEqualTo(expected);
                        assertThat(crowded.topRank(lane, c)).isEqualTo(inCrowd ? bins.topRank(lane, c) : 0);
                        kept += expected;
                    }
                }
                assertThat(crowded.total()).isEqualTo(kept);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void thePointerOverADensityBarTellsItsCountAndDays() {
        TimelineData data = randomData(50_000, 9);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1200, 700,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        TimelinePainter painter = new TimelinePainter(ChartTheme.LIGHT);
        painter.setLanesByPair(true);
        TimelineLayout layout = painter.paint(g, 1200, 700, data, Viewport.fit(data), 0);
        g.dispose();
        assertThat(layout.aggregated()).isTrue();
        assertThat(layout.markAt(layout.plot().getCenterX(), layout.laneCentre(0))).isEmpty();
        double x = layout.plot().getCenterX();
        TimelineLayout.Bin bin = layout.binAt(x, layout.laneCentre(0)).orElseThrow();
        long expected = java.util.stream.IntStream.range(0, data.size())
                .filter(i -> layout.lanes().laneOf(i) == 0)
                .filter(i -> data.startDay(i) >= bin.fromDay() && data.startDay(i) < bin.toDay()).count();
        assertThat((long) bin.count()).as("the contacts of lane 0 starting in the bar's days").isEqualTo(expected);
        assertThat(layout.binAt(x, layout.plot().getMaxY() + 5)).as("below the plot").isEmpty();
    }
}
