package org.diplotrack.chart;

import java.util.Comparator;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;

/**
 * What the timeline draws: one mark per contact, ordered by start; {@code total} is how many
 * contacts matched (more than the marks when only the earliest were read).
 */
public record TimelineData(List<Mark> marks, int total) {

    /** A contact reduced to what the chart needs; days are epoch days, end inclusive. */
    public record Mark(long id, long startDay, long endDay, boolean approximate, Level level, Mode mode,
                       Status status, String pair) {

        /** A mark whose pair does not matter (one pair's timeline). */
        public Mark(long id, long startDay, long endDay, boolean approximate, Level level, Mode mode, Status status) {
            this(id, startDay, endDay, approximate, level, mode, status, "");
        }
    }

    public TimelineData {
        marks = marks.stream().sorted(Comparator.comparingLong(Mark::startDay).thenComparingLong(Mark::id)).toList();
        total = Math.max(total, marks.size());
    }

    public TimelineData(List<Mark> marks) {
        this(marks, marks.size());
    }

    public static TimelineData of(ContactMarks m) {
        List<Mark> marks = new java.util.ArrayList<>(m.size());
        for (int i = 0; i < m.size(); i++) {
            marks.add(new Mark(m.ids()[i], m.startDays()[i], m.endDays()[i], m.approximate()[i], m.level(i),
                    m.mode(i), m.status(i), m.pairs()[i]));
        }
        return new TimelineData(marks, m.total());
    }

    public boolean truncated() {
        return total > marks.size();
    }

    public static TimelineData of(List<Contact> contacts) {
        return new TimelineData(contacts.stream()
                .map(c -> new Mark(c.id(), c.date().firstDay().toEpochDay(),
                        c.endDate() == null ? c.date().firstDay().toEpochDay() : c.endDate().lastDay().toEpochDay(),
                        c.approximate(), c.level(), c.mode(), c.status(), c.dyad().code()))
                .toList());
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    public long firstDay() {
        return marks.stream().mapToLong(Mark::startDay).min().orElse(0);
    }

    public long lastDay() {
        return marks.stream().mapToLong(Mark::endDay).max().orElse(0);
    }
}
