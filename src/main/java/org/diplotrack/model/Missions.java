package org.diplotrack.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who represents whom, computed from missions and never stored: who headed the sending state's
 * mission in the receiving state on a day, and each side's representation over time. Two rules
 * decide (decision 0022):
 * <ul>
 * <li>A mission with no end date lasts until the next mission of the same sending and receiving
 * state begins (a later head took over), or, with none after it, to this day.</li>
 * <li>When missions overlap on a day (a chargé d'affaires ad interim whose dates are known to the
 * month, a head who stayed on after a successor arrived), the one of the higher rank heads the
 * mission; of equal rank, the one that began last; then the higher id.</li>
 * </ul>
 * A mission in post covers {@code from}'s first day through {@code to}'s last (a partial date
 * counts over its whole period).
 */
public final class Missions {
    /** Who heads the mission on a day: the higher rank first, then the later start, then the higher id. */
    private static final Comparator<Mission> HEADS = Comparator.comparingInt((Mission m) -> m.rank().order())
            .thenComparing(Mission::firstDay).thenComparingLong(Mission::id);

    private Missions() {
    }

    /** The missions of {@code sending} in {@code receiving}, by start, then id. */
    public static List<Mission> of(Collection<Mission> missions, Country sending, Country receiving) {
        return missions.stream().filter(m -> m.sending().equals(sending) && m.receiving().equals(receiving))
                .sorted(Comparator.comparing(Mission::firstDay).thenComparingLong(Mission::id)).toList();
    }

    /**
     * The mission that headed {@code sending}'s representation in {@code receiving} on {@code day}
     * by the rules above; empty when no one was in post (or nothing is on record).
     */
    public static Optional<Mission> inPost(Collection<Mission> missions, Country sending, Country receiving,
                                           LocalDate day) {
        List<Mission> side = of(missions, sending, receiving);
        return head(side, lastDays(side), day);
    }

    /**
     * {@code sending}'s representation in {@code receiving} as consecutive intervals from the
     * first head's first day on, a gap wherever no one was in post; empty when nothing is on
     * record. On every day its interval's mission is {@link #inPost}'s.
     */
    public static RepresentationTimeline timeline(Collection<Mission> missions, Country sending, Country receiving) {
        return timeline(of(missions, sending, receiving), sending, receiving);
    }

    private static RepresentationTimeline timeline(List<Mission> side, Country sending, Country receiving) {
        LocalDate[] lastDays = lastDays(side);
        TreeSet<LocalDate> changes = new TreeSet<>();
        for (int i = 0; i < side.size(); i++) {
            changes.add(side.get(i).firstDay());
            if (lastDays[i] != null) {
                changes.add(lastDays[i].plusDays(1));
            }
        }
        List<RepresentationTimeline.Interval> intervals = new ArrayList<>();
        LocalDate start = null;
        Mission current = null;
        for (LocalDate day : changes) {
            Mission head = head(side, lastDays, day).orElse(null);
            if (start != null && head == current) {
                continue; // the same head goes on
            }
            if (start != null) {
                intervals.add(new RepresentationTimeline.Interval(start, day.minusDays(1), current));
            }
            start = day;
            current = head;
        }
        if (start != null) {
            intervals.add(new RepresentationTimeline.Interval(start, null, current));
        }
        return new RepresentationTimeline(sending, receiving, intervals);
    }

    /**
     * Both sides of a pair: the first country's representation in the second, then the second's in
     * the first. A mission of a predecessor (the United States in the Soviet Union, for
     * Russia–United States) counts on the side of the country it precedes, so that a pair's
     * missions read with predecessors make one band per side.
     */
    public static List<RepresentationTimeline> timelines(Collection<Mission> missions, Dyad dyad) {
        return List.of(timeline(side(missions, dyad.first(), dyad.second(), dyad), dyad.first(), dyad.second()),
                timeline(side(missions, dyad.second(), dyad.first(), dyad), dyad.second(), dyad.first()));
    }

    private static List<Mission> side(Collection<Mission> missions, Country sending, Country receiving, Dyad dyad) {
        return missions.stream()
                .filter(m -> sending.equals(Countries.standingFor(m.sending(), dyad))
                        && receiving.equals(Countries.standingFor(m.receiving(), dyad)))
                .sorted(Comparator.comparing(Mission::firstDay).thenComparingLong(Mission::id)).toList();
    }

    /**
     * Each mission's last day in post (in the order of {@code side}, which is by start): its end
     * date's last day, or for one without, the day before the next later start; null while open.
     */
    private static LocalDate[] lastDays(List<Mission> side) {
        LocalDate[] last = new LocalDate[side.size()];
        for (int i = 0; i < side.size(); i++) {
            Mission m = side.get(i);
            if (m.to() != null) {
                last[i] = m.to().lastDay();
                continue;
            }
            for (int j = i + 1; j < side.size(); j++) {
                if (side.get(j).firstDay().isAfter(m.firstDay())) {
                    last[i] = side.get(j).firstDay().minusDays(1);
                    break;
                }
            }
        }
        return last;
    }

    private static Optional<Mission> head(List<Mission> side, LocalDate[] lastDays, LocalDate day) {
        Mission best = null;
        for (int i = 0; i < side.size(); i++) {
            Mission m = side.get(i);
            if (!m.firstDay().isAfter(day) && (lastDays[i] == null || !lastDays[i].isBefore(day))
                    && (best == null || HEADS.compare(m, best) > 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }
}
