package org.diplotrack.chart;

import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.Level;

/**
 * One lane per rank, highest at the top, so a pair's history reads as "how high do they talk".
 * Ranks 5 to 1 are always shown (an empty lane is an answer too); the unknown lane only when used.
 */
public final class Lanes {
    private static final String[] LABELS = {"Unknown level", "Official", "Ambassador", "Deputy minister",
            "Minister", "Head of state / gov."};

    private final List<Integer> ranks = new ArrayList<>();

    public Lanes(TimelineData data) {
        for (int rank = 5; rank >= 1; rank--) {
            ranks.add(rank);
        }
        if (data.marks().stream().anyMatch(m -> !m.level().isKnown())) {
            ranks.add(0);
        }
    }

    public int count() {
        return ranks.size();
    }

    public int laneOf(Level level) {
        return laneOfRank(level.rank());
    }

    public int rankOf(int lane) {
        return ranks.get(lane);
    }

    public int laneOfRank(int rank) {
        return ranks.indexOf(rank);
    }

    public String label(int lane) {
        return rankLabel(ranks.get(lane));
    }

    /** "Minister" for rank 4; heads of state and government share rank 5. */
    public static String rankLabel(int rank) {
        return LABELS[rank];
    }

}
