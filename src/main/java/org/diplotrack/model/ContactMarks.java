package org.diplotrack.model;

/**
 * The few fields a timeline needs of many contacts, as parallel primitive arrays (ordered by
 * start day; pair codes such as {@code CA-RU} are shared strings): compact enough to hold a
 * million. {@code total} is how many contacts matched;
 * when it exceeds the arrays' length, only the first ones by date were read.
 */
public record ContactMarks(long[] ids, long[] startDays, long[] endDays, byte[] levels, byte[] modes,
                           byte[] statuses, boolean[] approximate, String[] pairs, int total) {

    public int size() {
        return ids.length;
    }

    public boolean truncated() {
        return total > ids.length;
    }

    public Level level(int i) {
        return Level.values()[levels[i]];
    }

    public Mode mode(int i) {
        return Mode.values()[modes[i]];
    }

    public Status status(int i) {
        return Status.values()[statuses[i]];
    }

    /** The same marks, with how many contacts matched in all. */
    public ContactMarks withTotal(int matched) {
        return new ContactMarks(ids, startDays, endDays, levels, modes, statuses, approximate, pairs, matched);
    }

    public static ContactMarks empty() {
        return new ContactMarks(new long[0], new long[0], new long[0], new byte[0], new byte[0], new byte[0],
                new boolean[0], new String[0], 0);
    }
}
