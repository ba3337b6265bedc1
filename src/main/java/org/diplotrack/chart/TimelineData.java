package org.diplotrack.chart;

import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;

/**
 * What the timeline draws: the contacts as parallel primitive arrays ordered by start day (then
 * id), so a million of them take tens of megabytes and the visible ones are found by binary
 * search. {@code total} is how many contacts matched (more than {@link #size()} when only the
 * earliest were read). Immutable.
 */
public final class TimelineData {

    /** One contact reduced to what the chart needs, made on demand (tooltips, tests); days are epoch days, end inclusive. */
    public record Mark(long id, long startDay, long endDay, boolean approximate, Level level, Mode mode,
                       Status status, String pair) {

        /** A mark whose pair does not matter (one pair's timeline). */
        public Mark(long id, long startDay, long endDay, boolean approximate, Level level, Mode mode, Status status) {
            this(id, startDay, endDay, approximate, level, mode, status, "");
        }
    }

    private static final Level[] LEVELS = Level.values();
    private static final Mode[] MODES = Mode.values();
    private static final Status[] STATUSES = Status.values();

    private final ContactMarks m;
    private final long lastDay;
    /**
     * Contacts longer than {@link #SHORT_DAYS} (few: summits, long negotiations), kept apart so
     * that finding the visible ones looks back only a month for the rest.
     */
    private final int[] longOnes;
    static final int SHORT_DAYS = 31;
    /** The last {@link #indexOf} answer (the data is immutable, so it stays true). */
    private volatile Found lastFound;

    private TimelineData(ContactMarks marks) {
        this.m = sorted(marks);
        long last = Long.MIN_VALUE;
        IntStream.Builder longer = IntStream.builder();
        for (int i = 0; i < m.size(); i++) {
            last = Math.max(last, m.endDays()[i]);
            if (m.endDays()[i] - m.startDays()[i] > SHORT_DAYS) {
                longer.add(i);
            }
        }
        this.lastDay = m.size() == 0 ? 0 : last;
        this.longOnes = longer.build().toArray();
    }

    public static TimelineData of(ContactMarks marks) {
        return new TimelineData(marks);
    }

    public static TimelineData of(List<Contact> contacts) {
        return ofMarks(contacts.stream()
                .map(c -> new Mark(c.id(), c.date().firstDay().toEpochDay(),
                        c.endDate() == null ? c.date().firstDay().toEpochDay() : c.endDate().lastDay().toEpochDay(),
                        c.approximate(), c.level(), c.mode(), c.status(), c.dyad().code()))
                .toList());
    }

    public static TimelineData ofMarks(List<Mark> marks) {
        return ofMarks(marks, marks.size());
    }

    public static TimelineData ofMarks(List<Mark> marks, int total) {
        int n = marks.size();
        ContactMarks m = new ContactMarks(new long[n], new long[n], new long[n], new byte[n], new byte[n],
                new byte[n], new boolean[n], new String[n], Math.max(total, n));
        for (int i = 0; i < n; i++) {
            Mark mark = marks.get(i);
            m.ids()[i] = mark.id();
            m.startDays()[i] = mark.startDay();
            m.endDays()[i] = mark.endDay();
            m.levels()[i] = (byte) mark.level().ordinal();
            m.modes()[i] = (byte) mark.mode().ordinal();
            m.statuses()[i] = (byte) mark.status().ordinal();
            m.approximate()[i] = mark.approximate();
            m.pairs()[i] = mark.pair();
        }
        return new TimelineData(m);
    }

    /** The store reads marks in order; anything else is put in order here. */
    private static ContactMarks sorted(ContactMarks m) {
        long[] s = m.startDays();
        long[] id = m.ids();
        boolean inOrder = true;
        for (int i = 1; i < m.size() && inOrder; i++) {
            inOrder = s[i - 1] < s[i] || (s[i - 1] == s[i] && id[i - 1] <= id[i]);
        }
        if (inOrder) {
            return m;
        }
        int[] order = IntStream.range(0, m.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> s[i]).thenComparingLong(i -> id[i]))
                .mapToInt(Integer::intValue).toArray();
        int n = order.length;
        ContactMarks out = new ContactMarks(new long[n], new long[n], new long[n], new byte[n], new byte[n],
                new byte[n], new boolean[n], new String[n], m.total());
        for (int k = 0; k < n; k++) {
            int i = order[k];
            out.ids()[k] = m.ids()[i];
            out.startDays()[k] = s[i];
            out.endDays()[k] = m.endDays()[i];
            out.levels()[k] = m.levels()[i];
            out.modes()[k] = m.modes()[i];
            out.statuses()[k] = m.statuses()[i];
            out.approximate()[k] = m.approximate()[i];
            out.pairs()[k] = m.pairs()[i];
        }
        return out;
    }

    public int size() {
        return m.size();
    }

    public int total() {
        return m.total();
    }

    public boolean truncated() {
        return m.truncated();
    }

    public boolean isEmpty() {
        return m.size() == 0;
    }

    public long id(int i) {
        return m.ids()[i];
    }

    public long startDay(int i) {
        return m.startDays()[i];
    }

    public long endDay(int i) {
        return m.endDays()[i];
    }

    public boolean approximate(int i) {
        return m.approximate()[i];
    }

    public Level level(int i) {
        return LEVELS[m.levels()[i]];
    }

    public int rank(int i) {
        return LEVELS[m.levels()[i]].rank();
    }

    public Mode mode(int i) {
        return MODES[m.modes()[i]];
    }

    public Status status(int i) {
        return STATUSES[m.statuses()[i]];
    }

    public String pair(int i) {
        return m.pairs()[i];
    }

    public Mark mark(int i) {
        return new Mark(id(i), startDay(i), endDay(i), approximate(i), level(i), mode(i), status(i), pair(i));
    }

    /** The index of the contact with this id, or -1. */
    public int indexOf(long id) {
        // Contacts are in day order, not id order: a scan. The selected contact is looked up
        // on every frame, so the last answer is kept.
        Found last = lastFound;
        if (last != null && last.id() == id) {
            return last.index();
        }
        long[] ids = m.ids();
        int index = -1;
        for (int i = 0; i < ids.length && index < 0; i++) {
            if (ids[i] == id) {
                index = i;
            }
        }
        lastFound = new Found(id, index);
        return index;
    }

    private record Found(long id, int index) {
    }

    public long firstDay() {
        return isEmpty() ? 0 : m.startDays()[0];
    }

    public long lastDay() {
        return lastDay;
    }

    /** How many contacts start within the span of days (a bound on what a frame must draw, by binary search). */
    public int countStarting(double startDay, double endDay) {
        return Math.max(0, lowerBound(Math.floor(endDay) + 1) - lowerBound(Math.ceil(startDay)));
    }

    /** The indexes of the contacts that overlap the span, in start order. */
    public int[] visible(double startDay, double endDay) {
        int from = lowerBound(Math.ceil(startDay - 1 - SHORT_DAYS));
        int to = lowerBound(Math.floor(endDay) + 1);
        IntStream.Builder found = IntStream.builder();
        for (int i : longOnes) { // started before the look-back yet still running
            if (i < from && overlaps(i, startDay, endDay)) {
                found.add(i);
            }
        }
        for (int i = from; i < to; i++) {
            if (overlaps(i, startDay, endDay)) {
                found.add(i);
            }
        }
        return found.build().toArray();
    }

    /**
     * The contacts longer than a month that overlap the span, in start order; null as soon as
     * there are more than {@code limit} (the caller would not use them).
     */
    public int[] longOnesOverlapping(double startDay, double endDay, int limit) {
        int[] found = new int[Math.min(longOnes.length, limit)];
        int n = 0;
        for (int i : longOnes) {
            if (overlaps(i, startDay, endDay)) {
                if (n == limit) {
                    return null;
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** First index whose start day is at least {@code day} (callers pass whole days). */
    private int lowerBound(double day) {
        return LaneIndex.lowerBound(m.startDays(), (long) Math.ceil(day));
    }

    /** Whether contact {@code i} overlaps the span of days (a contact covers its whole last day). */
    public boolean overlaps(int i, double startDay, double endDay) {
        return m.startDays()[i] <= endDay && m.endDays()[i] + 1 >= startDay;
    }

    @Override
    public String toString() {
        return "TimelineData[" + size() + " of " + total() + " contacts]";
    }

    /** For tests and tooltips of small data: every mark as an object. */
    public List<Mark> marks() {
        return IntStream.range(0, size()).mapToObj(this::mark).toList();
    }
}
