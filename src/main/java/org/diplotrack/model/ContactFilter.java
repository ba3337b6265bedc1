package org.diplotrack.model;

import java.util.EnumSet;
import java.util.Set;
import org.diplotrack.model.l10n.Localization;

/**
 * Which contacts to show. Every part is optional and they combine: a pair, or several pairs, or
 * a single country,
 * a date range (a contact matches when its period overlaps it), sets of levels, statuses and
 * modes (empty means any), a tag, words to find in the text fields, a least number of sources
 * ({@link Contact#sourceCount}; 0 or 1 means any) and GDELT's root events only
 * ({@link Contact#rootEvent}: leaves out contacts whose every report is not one), and contacts
 * without doubts or with one only ({@link Doubts}). With predecessors, the
 * pair stands for itself and its countries' predecessors' pairs too (Russia–United States: the
 * Soviet Union–United States as well; decision 0024).
 */
public record ContactFilter(Dyad dyad, Set<Dyad> pairs, Country country, PartialDate from, PartialDate to,
                            Set<Level> levels, Set<Status> statuses, Set<Mode> modes, String tag, String text,
                            boolean withPredecessors, int minSources, boolean rootOnly, Doubts doubts) {

    public static final ContactFilter ALL = new ContactFilter(null, Set.of(), null, null, null, Set.of(), Set.of(),
            Set.of(), null, null, false, 0, false, Doubts.ANY);

    public ContactFilter {
        pairs = pairs == null ? Set.of() : Set.copyOf(pairs);
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        modes = modes == null || modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
        tag = Text.blankToNull(tag);
        text = Text.blankToNull(text);
        minSources = Math.max(0, minSources);
        doubts = doubts == null ? Doubts.ANY : doubts;
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new IllegalArgumentException(Localization.text("error.range.reversed", to.toString(), from.toString()));
        }
    }

    public static ContactFilter forDyad(Dyad dyad) {
        return ALL.withDyad(dyad);
    }

    public ContactFilter withDyad(Dyad value) {
        return new ContactFilter(value, pairs, country, from, to, levels, statuses, modes, tag, text,
                withPredecessors, minSources, rootOnly, doubts);
    }

    /** Several pairs at once (any of them); empty for no such limit. */
    public ContactFilter withPairs(Set<Dyad> value) {
        return new ContactFilter(dyad, value, country, from, to, levels, statuses, modes, tag, text,
                withPredecessors, minSources, rootOnly, doubts);
    }

    public ContactFilter withCountry(Country value) {
        return new ContactFilter(dyad, pairs, value, from, to, levels, statuses, modes, tag, text, withPredecessors,
                minSources, rootOnly, doubts);
    }

    public ContactFilter withRange(PartialDate newFrom, PartialDate newTo) {
        return new ContactFilter(dyad, pairs, country, newFrom, newTo, levels, statuses, modes, tag, text,
                withPredecessors, minSources, rootOnly, doubts);
    }

    public ContactFilter withLevels(Set<Level> value) {
        return new ContactFilter(dyad, pairs, country, from, to, value, statuses, modes, tag, text, withPredecessors,
                minSources, rootOnly, doubts);
    }

    public ContactFilter withStatuses(Set<Status> value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, value, modes, tag, text, withPredecessors,
                minSources, rootOnly, doubts);
    }

    public ContactFilter withModes(Set<Mode> value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, value, tag, text,
                withPredecessors, minSources, rootOnly, doubts);
    }

    public ContactFilter withTag(String value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, modes, value, text,
                withPredecessors, minSources, rootOnly, doubts);
    }

    public ContactFilter withText(String value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, modes, tag, value,
                withPredecessors, minSources, rootOnly, doubts);
    }

    /** The pair's history shown with its countries' predecessors' (see {@link Countries#withPredecessors}). */
    public ContactFilter withPredecessors(boolean value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, modes, tag, text, value,
                minSources, rootOnly, doubts);
    }

    /** Contacts that at least this many sources bear out ({@link Contact#sourceCount}); 0 or 1 for any. */
    public ContactFilter withMinSources(int value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, modes, tag, text, withPredecessors,
                value, rootOnly, doubts);
    }

    /** Without the contacts GDELT says are no root events ({@link Contact#rootEvent} false). */
    public ContactFilter withRootOnly(boolean value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, modes, tag, text, withPredecessors,
                minSources, value, doubts);
    }

    /** Only the contacts without a doubt, or only those with one ({@link ContactQuality}). */
    public ContactFilter withDoubts(Doubts value) {
        return new ContactFilter(dyad, pairs, country, from, to, levels, statuses, modes, tag, text, withPredecessors,
                minSources, rootOnly, value);
    }

    /** The pairs {@link #dyad} stands for: itself, and its predecessors' with {@link #withPredecessors}; empty without a pair. */
    public Set<Dyad> dyads() {
        return dyad == null ? Set.of() : Countries.pairsOf(dyad, withPredecessors);
    }

    /**
     * The countries {@link #country} stands for: itself, and with {@link #withPredecessors} and a
     * pair, its predecessors too (the flag is the pair's: without one it changes nothing); empty
     * without a country.
     */
    public Set<Country> countries() {
        if (country == null) {
            return Set.of();
        }
        if (!withPredecessors || dyad == null) {
            return Set.of(country);
        }
        Set<Country> all = new java.util.TreeSet<>(Countries.predecessors(country));
        all.add(country);
        return Set.copyOf(all);
    }

    /** True when a contact passes every part of the filter except {@link #text}. */
    public boolean matchesFields(Contact c) {
        Set<Country> inCountries = countries();
        return (dyad == null || dyads().contains(c.dyad()))
                && (pairs.isEmpty() || pairs.contains(c.dyad()))
                && (country == null || inCountries.contains(c.a().country()) || inCountries.contains(c.b().country()))
                && (from == null || !c.lastDate().lastDay().isBefore(from.firstDay()))
                && (to == null || !c.date().firstDay().isAfter(to.lastDay()))
                && (levels.isEmpty() || levels.contains(c.level()))
                && (statuses.isEmpty() || statuses.contains(c.status()))
                && (modes.isEmpty() || modes.contains(c.mode()))
                && (tag == null || c.tags().contains(tag))
                && (minSources <= 1 || c.sourceCount() >= minSources)
                && (!rootOnly || !Boolean.FALSE.equals(c.rootEvent()))
                && (doubts == Doubts.ANY || ContactQuality.doubtful(c) == (doubts == Doubts.ONLY));
    }
}
