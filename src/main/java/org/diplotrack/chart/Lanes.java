package org.diplotrack.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.l10n.Localization;

/**
 * The timeline's rows. For one pair: one lane per rank, highest at the top, so the history
 * reads as "how high do they talk"; ranks 5 to 1 are always shown (an empty lane is an answer
 * too), the unknown lane only when used. For several pairs: one lane per pair, the most active
 * first, up to {@link #MAX_PAIR_LANES}, the rest together in a last lane.
 */
public final class Lanes {
    static final int MAX_PAIR_LANES = 12;
    private static final String OTHER_PAIRS = "";

    private final TimelineData data;
    private final List<Integer> ranks = new ArrayList<>();
    private final List<String> pairs = new ArrayList<>();
    private final Map<String, Integer> pairLane = new HashMap<>();
    private int otherPairs;

    private Lanes(TimelineData data) {
        this.data = data;
    }

    /** One lane per level. */
    public static Lanes byLevel(TimelineData data) {
        Lanes lanes = new Lanes(data);
        for (int rank = 5; rank >= 1; rank--) {
            lanes.ranks.add(rank);
        }
        for (int i = 0; i < data.size(); i++) {
            if (data.rank(i) == 0) {
                lanes.ranks.add(0);
                break;
            }
        }
        return lanes;
    }

    private Lanes(TimelineData data, List<String> byActivity, int otherPairs) {
        this.data = data;
        pairs.addAll(byActivity);
        for (int i = 0; i < pairs.size(); i++) {
            pairLane.put(pairs.get(i), i);
        }
        this.otherPairs = otherPairs;
        if (otherPairs > 0) {
            pairs.add(OTHER_PAIRS);
        }
    }

    /** One lane per pair, the most active first. */
    public static Lanes byPair(TimelineData data) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            counts.merge(data.pair(i), 1, Integer::sum);
        }
        List<String> order = counts.keySet().stream()
                .sorted(Comparator.comparing((String p) -> -counts.get(p)).thenComparing(p -> p)).toList();
        List<String> shown = order.subList(0, Math.min(MAX_PAIR_LANES, order.size()));
        return new Lanes(data, shown, order.size() - shown.size());
    }

    public boolean isByPair() {
        return ranks.isEmpty();
    }

    public int count() {
        return isByPair() ? pairs.size() : ranks.size();
    }

    /** The lane of the data's contact {@code i}. */
    public int laneOf(int i) {
        return isByPair() ? pairLane.getOrDefault(data.pair(i), pairs.size() - 1) : laneOfRank(data.rank(i));
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
        if (!isByPair()) {
            return rankLabel(ranks.get(lane));
        }
        String pair = pairs.get(lane);
        return pair.equals(OTHER_PAIRS) ? Localization.text("chart.lane.otherPairs", otherPairs) : pairLabel(pair);
    }

    /** "Canada–Russia"; a code that names no known pair is shown as it is rather than failing the frame. */
    private static String pairLabel(String code) {
        try {
            return Dyad.parse(code).label();
        } catch (RuntimeException e) {
            return code;
        }
    }

    /** "Minister" for rank 4; heads of state and government share rank 5. */
    public static String rankLabel(int rank) {
        return Localization.text("summary.rank." + rank);
    }
}
