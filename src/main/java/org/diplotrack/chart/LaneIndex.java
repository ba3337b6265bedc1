package org.diplotrack.chart;

/**
 * The start days of the contacts of each lane and level, each sorted: how many contacts of a
 * lane and level start within any span is two binary searches, whatever their number. Built
 * once per data and lane layout (linear time).
 */
public final class LaneIndex {
    static final int RANKS = 6;

    private final Lanes lanes;
    /** starts[lane][rank]: sorted start days. */
    private final long[][][] starts;

    private LaneIndex(Lanes lanes, long[][][] starts) {
        this.lanes = lanes;
        this.starts = starts;
    }

    public static LaneIndex of(TimelineData data, Lanes lanes) {
        int[] laneOf = new int[data.size()];
        int[][] sizes = new int[lanes.count()][RANKS];
        for (int i = 0; i < data.size(); i++) {
            laneOf[i] = lanes.laneOf(i);
            sizes[laneOf[i]][data.rank(i)]++;
        }
        long[][][] starts = new long[lanes.count()][RANKS][];
        int[][] filled = new int[lanes.count()][RANKS];
        for (int lane = 0; lane < lanes.count(); lane++) {
            for (int rank = 0; rank < RANKS; rank++) {
                starts[lane][rank] = new long[sizes[lane][rank]];
            }
        }
        // The data is in start order, so each lane's days arrive sorted.
        for (int i = 0; i < data.size(); i++) {
            int rank = data.rank(i);
            starts[laneOf[i]][rank][filled[laneOf[i]][rank]++] = data.startDay(i);
        }
        return new LaneIndex(lanes, starts);
    }

    public Lanes lanes() {
        return lanes;
    }

    public boolean isEmpty(int lane, int rank) {
        return starts[lane][rank].length == 0;
    }

    /** How many contacts of the lane and rank start on a day in {@code [fromDay, toDay)}. */
    public int countStarting(int lane, int rank, long fromDay, long toDay) {
        long[] days = starts[lane][rank];
        return lowerBound(days, toDay) - lowerBound(days, fromDay);
    }

    static int lowerBound(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
