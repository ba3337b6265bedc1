package org.diplotrack.io;

import org.diplotrack.model.l10n.Localization;

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
        String rate = Localization.text("import.progress", rows, Math.round(fraction() * 100), rowsPerSecond());
        return left < 0 ? rate : Localization.text("import.progress.left", rate, duration(left));
    }

    static String duration(long seconds) {
        return seconds < 60 ? Localization.text("import.progress.seconds", seconds)
                : Localization.text("import.progress.minutes", seconds / 60, seconds % 60);
    }
}
