package org.diplotrack.io;

/**
 * Rows per second and time left of an import, from its start time and the bytes done of the
 * file's total (the byte count is what tells how much is left; rows are what people count).
 */
public record ProgressRate(long rows, long bytesDone, long totalBytes, double seconds) {

    public static ProgressRate of(long startNanos, long nowNanos, long rows, long bytesDone, long totalBytes) {
        return new ProgressRate(rows, bytesDone, totalBytes, Math.max(0, nowNanos - startNanos) / 1e9);
    }

    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1, (double) bytesDone / totalBytes);
    }

    public long rowsPerSecond() {
        return seconds <= 0 ? 0 : Math.round(rows / seconds);
    }

    /** Seconds left at the speed so far; -1 while there is too little to tell. */
    public long secondsLeft() {
        double f = fraction();
        if (f <= 0 || seconds < 0.2) {
            return -1;
        }
        return Math.round(seconds * (1 - f) / f);
    }

    /** "120,000 rows, 38%, 61,000 rows/s, about 12 s left" (no time left once done) */
    public String label() {
        long left = fraction() >= 1 ? -1 : secondsLeft();
        return String.format("%,d rows, %d%%, %,d rows/s%s", rows, Math.round(fraction() * 100), rowsPerSecond(),
                left < 0 ? "" : ", about " + duration(left) + " left");
    }

    static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
