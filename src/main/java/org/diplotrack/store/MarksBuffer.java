package org.diplotrack.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.diplotrack.model.ContactMarks;

/**
 * The timeline's marks as they are read, in arrays that grow (doubling) because how many will
 * come is not counted first; pair codes are shared, one string per pair.
 */
final class MarksBuffer {
    private long[] ids = new long[1024];
    private long[] starts = new long[1024];
    private long[] ends = new long[1024];
    private byte[] levels = new byte[1024];
    private byte[] modes = new byte[1024];
    private byte[] statuses = new byte[1024];
    private boolean[] approximate = new boolean[1024];
    private String[] pairs = new String[1024];
    private final Map<String, String> shared = new HashMap<>();
    private int size;

    /** One mark: {@code packed} holds level, mode, status and the approximate flag (MarksCodes). */
    void add(long id, long start, long end, int packed, String pair) {
        if (size == ids.length) {
            grow(size * 2);
        }
        ids[size] = id;
        starts[size] = start;
        ends[size] = end;
        levels[size] = MarksCodes.level(packed);
        modes[size] = MarksCodes.mode(packed);
        statuses[size] = MarksCodes.status(packed);
        approximate[size] = MarksCodes.approximate(packed);
        pairs[size] = shared.computeIfAbsent(pair, code -> code);
        size++;
    }

    int size() {
        return size;
    }

    /** The first {@code limit} marks read, and how many matched in all ({@code total}). */
    ContactMarks toMarks(int limit, int total) {
        grow(Math.min(size, limit));
        return new ContactMarks(ids, starts, ends, levels, modes, statuses, approximate, pairs, total);
    }

    private void grow(int length) {
        ids = Arrays.copyOf(ids, length);
        starts = Arrays.copyOf(starts, length);
        ends = Arrays.copyOf(ends, length);
        levels = Arrays.copyOf(levels, length);
        modes = Arrays.copyOf(modes, length);
        statuses = Arrays.copyOf(statuses, length);
        approximate = Arrays.copyOf(approximate, length);
        pairs = Arrays.copyOf(pairs, length);
    }
}
