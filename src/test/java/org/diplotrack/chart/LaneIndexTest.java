package org.diplotrack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LaneIndexTest {
    @Test
    void gallopingPositionsEqualAPlainBinarySearchForEveryLaneAndLevel() {
        TimelineData data = SyntheticTimeline.of(20_000, 17);
        Lanes lanes = Lanes.byPair(data);
        LaneIndex index = LaneIndex.of(data, lanes);
        Random random = new Random(5);
        Viewport all = Viewport.fit(data);
        for (int trial = 0; trial < 40; trial++) {
            // Edges before, inside and after the data, some repeated, as a narrow zoom gives.
            long[] edges = new long[1 + random.nextInt(600)];
            for (int i = 0; i < edges.length; i++) {
                edges[i] = (long) (all.startDay() - 50 + random.nextDouble() * (all.span() + 100));
            }
            edges[random.nextInt(edges.length)] = edges[0];
            Arrays.sort(edges);
            int[] positions = new int[edges.length];
            for (int lane = 0; lane < lanes.count(); lane++) {
                for (int rank = 0; rank < LaneIndex.RANKS; rank++) {
                    long[] starts = startsOf(data, lanes, lane, rank);
                    index.positionsOf(lane, rank, edges, positions);
                    for (int i = 0; i < edges.length; i++) {
                        assertThat(positions[i]).as("lane %d rank %d edge %d", lane, rank, edges[i])
                                .isEqualTo(countBefore(starts, edges[i]));
                    }
                }
            }
        }
    }

    private static long[] startsOf(TimelineData data, Lanes lanes, int lane, int rank) {
        return java.util.stream.IntStream.range(0, data.size())
                .filter(i -> lanes.laneOf(i) == lane && data.rank(i) == rank)
                .mapToLong(data::startDay).toArray();
    }

    /** Brute force: the contacts starting before the day. */
    private static int countBefore(long[] starts, long day) {
        int n = 0;
        for (long s : starts) {
            if (s < day) {
                n++;
            }
        }
        return n;
    }
}
