package org.diplotrack.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionSearch;

/**
 * Stored missions (issue 17). Every write is one transaction: it happens whole or not at all.
 * Missions in the trash are left out of every read except {@link #trash()}. Lists are by first
 * day, then id.
 */
public interface MissionRepository {

    /**
     * Stores a mission and returns it with its id and timestamps. A mission that carries an id
     * keeps it (so that undoing a removal brings back the same mission).
     */
    Mission add(Mission mission);

    /** Replaces the stored mission with the same id; returns it with its new modified time. */
    Mission update(Mission mission);

    /** Moves missions to the trash, from which {@link #restore} brings them back. */
    void moveToTrash(Collection<Long> ids);

    void restore(Collection<Long> ids);

    /** Removes missions for good. */
    void purge(Collection<Long> ids);

    Optional<Mission> get(long id);

    /** The missions of a pair, in both directions. */
    List<Mission> forPair(Dyad dyad);

    /**
     * The missions of a pair, and with predecessors those of its countries' predecessors' pairs too
     * ({@link org.diplotrack.model.Countries#withPredecessors}): a handful of pairs, each read
     * through the pair's index.
     */
    default List<Mission> forPair(Dyad dyad, boolean withPredecessors) {
        if (!withPredecessors) {
            return forPair(dyad);
        }
        return org.diplotrack.model.Countries.pairsOf(dyad, true).stream().flatMap(d -> forPair(d).stream())
                .sorted(java.util.Comparator.comparing(Mission::firstDay).thenComparingLong(Mission::id)).toList();
    }

    /** Every mission on record. */
    List<Mission> all();

    /**
     * The missions on record, in every pair, that match what the user typed (see
     * {@link MissionSearch}); none for an empty search. A few thousand missions are read and
     * compared in well under a second (benchmarks.md), so this needs no index of its own.
     */
    default List<Mission> search(String query) {
        MissionSearch search = MissionSearch.of(query);
        return search.isEmpty() ? List.of() : all().stream().filter(search::matches).toList();
    }

    /**
     * The head of each side's mission in post on {@code day}, one a sending and receiving country
     * at most, by the rules of {@link org.diplotrack.model.Missions#inPost}; by pair, then sending country.
     */
    List<Mission> inPost(LocalDate day);

    /** The missions in the trash, the most recently deleted first. */
    List<Mission> trash();

    /** How many missions are on record (not in the trash). */
    int count();

    /**
     * Stores the missions of one import, read from {@code missions} as they come, in one
     * transaction, after a verified backup: those already on record (the same dataset record, or
     * the same content; see {@link ImportKey}) are counted and skipped. When {@code cancelled}
     * turns true or the stream throws, nothing is stored and the exception propagates.
     */
    ImportCounts importAll(Iterator<Mission> missions, BooleanSupplier cancelled);
}
