package org.diplotrack.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One side's representation in the other country over time: who headed the sending state's
 * mission in the receiving state, at what rank, day by day, as consecutive intervals from the
 * first head's first day on. An interval without a mission is a gap: no one in post. The last
 * interval is open ({@code last} null) while its head is still in post, or, after the last
 * tenure ended, as a gap that lasts ("no one in post since"). Made by {@link Missions#timeline}.
 */
public record RepresentationTimeline(Country sending, Country receiving, List<Interval> intervals) {

    public RepresentationTimeline {
        intervals = List.copyOf(intervals);
    }

    /** Days {@code first} to {@code last} (inclusive; null: open) under one head, or a gap when {@code mission} is null. */
    public record Interval(LocalDate first, LocalDate last, Mission mission) {

        public boolean gap() {
            return mission == null;
        }

        /** The head's rank; {@link MissionRank#NONE} for a gap. */
        public MissionRank rank() {
            return mission == null ? MissionRank.NONE : mission.rank();
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && (last == null || !day.isAfter(last));
        }
    }

    /** The interval that holds {@code day}; empty before the first head's first day. */
    public Optional<Interval> at(LocalDate day) {
        return intervals.stream().filter(i -> i.contains(day)).findFirst();
    }

    /** The intervals with a head in post (the gaps left out). */
    public List<Interval> tenures() {
        return intervals.stream().filter(i -> !i.gap()).toList();
    }

    /** The intervals without anyone in post. */
    public List<Interval> gaps() {
        return intervals.stream().filter(Interval::gap).toList();
    }
}
