package org.diplotrack.chart;

/**
 * Contacts too many to draw one by one, counted per lane and pixel column, with the highest
 * level in each bin (its colour). A contact falls in the column of its marker's centre, as it
 * would be drawn. Computed from a {@link LaneIndex} with a short search per column edge, so the
 * cost of a frame depends on its size in pixels, not on the number of contacts.
 */
public final class DensityBins {
    private final double x0;
    private final double columnWidth;
    private final int[][] counts;
    private final int[][] topRanks;
    /** firstDays[c]: the first day counted in column c; the last entry ends the last column. */
    private final long[] firstDays;
    private final int total;
    private final int[] laneMax;

    private DensityBins(double x0, double columnWidth, int[][] counts, int[][] topRanks, long[] firstDays) {
        this.x0 = x0;
        this.firstDays = firstDays;
        this.columnWidth = columnWidth;
        this.counts = counts;
        this.topRanks = topRanks;
        int sum = 0;
        this.laneMax = new int[counts.length];
        for (int lane = 0; lane < counts.length; lane++) {
            for (int c : counts[lane]) {
                sum += c;
                laneMax[lane] = Math.max(laneMax[lane], c);
            }
        }
        this.total = sum;
    }

    /**
     * @param width       the plot's width from {@code scale.x0()}
     * @param columnWidth pixels per bin
     */
    public static DensityBins of(LaneIndex index, TimeScale scale, double width, double columnWidth) {
        int columns = Math.max(1, (int) Math.ceil(width / columnWidth));
        long[] firstDays = new long[columns + 1];
        for (int c = 0; c <= columns; c++) {
            firstDays[c] = firstDayOfColumn(scale, columnWidth, c);
        }
        int lanes = index.lanes().count();
        int[][] counts = new int[lanes][columns];
        int[][] topRanks = new int[lanes][columns];
        int[] positions = new int[columns + 1];
        for (int lane = 0; lane < lanes; lane++) {
            for (int rank = 0; rank < LaneIndex.RANKS; rank++) {
                if (index.isEmpty(lane, rank)) {
                    continue;
                }
                index.positionsOf(lane, rank, firstDays, positions);
                for (int c = 0; c < columns; c++) {
                    int n = positions[c + 1] - positions[c];
                    if (n > 0) {
                        counts[lane][c] += n;
                        topRanks[lane][c] = Math.max(topRanks[lane][c], rank);
                    }
                }
            }
        }
        return new DensityBins(scale.x0(), columnWidth, counts, topRanks, firstDays);
    }

    /** The column a contact starting on {@code day} is drawn in (its marker's centre). */
    static long columnOf(TimeScale scale, double columnWidth, long day) {
        return (long) Math.floor((scale.toX(day + 0.5) - scale.x0()) / columnWidth);
    }

    /** The first whole day whose marker falls in column {@code c} or later. */
    private static long firstDayOfColumn(TimeScale scale, double columnWidth, int c) {
        long day = (long) Math.ceil(scale.toDay(scale.x0() + c * columnWidth) - 0.5);
        // Rounding can put the estimate a day off: settle it by the same rule as columnOf.
        while (columnOf(scale, columnWidth, day - 1) >= c) {
            day--;
        }
        while (columnOf(scale, columnWidth, day) < c) {
            day++;
        }
        return day;
    }

    public int columns() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    public int lanes() {
        return counts.length;
    }

    public int count(int lane, int column) {
        return counts[lane][column];
    }

    /** The highest level rank among the bin's contacts (0 when empty or all unknown). */
    public int topRank(int lane, int column) {
        return topRanks[lane][column];
    }

    /** All the contacts counted: those whose marker would fall in the plot. */
    public int total() {
        return total;
    }

    /**
     * The lane's largest bin, the scale of its bars' heights: each lane reads on its own, so a
     * busy lane (say the other pairs together) does not flatten the rest.
     */
    public int max(int lane) {
        return laneMax[lane];
    }

    /**
     * The bins where markers {@code span} columns wide would pile up — more than
     * {@code maxStack} contacts of a lane within some {@code span} adjacent columns — and
     * nothing elsewhere: there each contact keeps its marker.
     */
    public DensityBins whereCrowded(int span, int maxStack) {
        int[][] keptCounts = new int[counts.length][];
        int[][] keptRanks = new int[counts.length][];
        for (int lane = 0; lane < counts.length; lane++) {
            int[] row = counts[lane];
            // cover[c] > 0: column c lies in a crowded window. Windows start at w and end before w + span.
            int[] cover = new int[row.length + 1];
            int sum = 0;
            for (int end = 0; end < row.length; end++) {
                sum += row[end] - (end >= span ? row[end - span] : 0);
                if (sum > maxStack) {
                    cover[Math.max(0, end - span + 1)]++;
                    cover[end + 1]--;
                }
            }
            keptCounts[lane] = new int[row.length];
            keptRanks[lane] = new int[row.length];
            int depth = 0;
            for (int c = 0; c < row.length; c++) {
                depth += cover[c];
                if (depth > 0) {
                    keptCounts[lane][c] = row[c];
                    keptRanks[lane][c] = topRanks[lane][c];
                }
            }
        }
        return new DensityBins(x0, columnWidth, keptCounts, keptRanks, firstDays);
    }

    /** The column of a contact starting on {@code day}, or -1 outside the plot. */
    public int columnOfDay(TimeScale scale, long day) {
        long c = columnOf(scale, columnWidth, day);
        return c >= 0 && c < columns() ? (int) c : -1;
    }

    /** The first day whose contacts the column counts. */
    public long firstDay(int column) {
        return firstDays[column];
    }

    /** The day after the last one the column counts. */
    public long endDay(int column) {
        return firstDays[column + 1];
    }

    public double columnWidth() {
        return columnWidth;
    }

    public double columnX(int column) {
        return x0 + column * columnWidth;
    }

    /** The column under an x coordinate, or -1 outside. */
    public int columnAt(double x) {
        int c = (int) Math.floor((x - x0) / columnWidth);
        return c >= 0 && c < columns() ? c : -1;
    }
}
