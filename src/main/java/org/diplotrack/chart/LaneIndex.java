package org.diplotrack.chart;

/**
 * The start days of the contacts of each lane and level, each sorted: how many contacts of a
 * lane and level start between two days is a difference of two positions found by search,
 * whatever their number. Built once per data and lane layout (linear time).
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

    /**
     * For each of the ascending {@code days}, how many contacts of the lane and rank start
     * before it: {@code positions[c + 1] - positions[c]} is then the count between two of them.
     * Each search gallops on from the last one, so adjacent columns cost a few steps, not a
     * search of the whole lane.
     */
    public void positionsOf(int lane, int rank, long[] ascendingDays, int[] positions) {
        long[] days = starts[lane][rank];
        int from = 0;
        for (int i = 0; i < ascendingDays.length; i++) {
            from = gallop(days, ascendingDays[i], from);
            positions[i] = from;
        }
    }

    /** The lower bound of {@code day} in {@code days}, known to be at {@code from} or after. */
    private static int gallop(long[] days, long day, int from) {
        int step = 1;
        int hi = from;
        while (hi < days.length && days[hi] < day) {
            from = hi + 1;
            hi = from + step;
            step <<= 1;
        }
        return lowerBound(days, day, from, Math.min(hi, days.length));
    }

    /** The first index whose day is at least {@code day}, in ascending {@code days}. */
    static int lowerBound(long[] days, long day) {
        return lowerBound(days, day, 0, days.length);
    }

    private static int lowerBound(long[] days, long day, int lo, int hi) {
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
