package org.diplotrack.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which contacts to show: a pair (or all), a date range (a contact matches when its period
 * overlaps the range), and sets of levels and statuses (empty means any).
 */
public record ContactFilter(Dyad dyad, PartialDate from, PartialDate to, Set<Level> levels, Set<Status> statuses) {

    public static final ContactFilter ALL = new ContactFilter(null, null, null, Set.of(), Set.of());

    public ContactFilter {
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static ContactFilter forDyad(Dyad dyad) {
        return ALL.withDyad(dyad);
    }

    public ContactFilter withDyad(Dyad newDyad) {
        return new ContactFilter(newDyad, from, to, levels, statuses);
    }
}
