package org.diplotrack.io;

/**
 * Told how far an import has got, every few thousand rows and once at the end, on the thread
 * that imports; {@code totalBytes} is the file's size (compressed, if it is), so
 * {@code bytesDone / totalBytes} is the fraction done.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytesDone, totalBytes) -> { };

    void update(long rows, long bytesDone, long totalBytes);
}
