package org.diplotrack.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The rank of one side's principal in a contact. Heads of state and of government share the
 * top rank; {@link #UNKNOWN} ranks below everything and is ignored by {@link #ofContact}.
 */
public enum Level {
    HEAD_OF_STATE(5, "head of state"),
    HEAD_OF_GOVERNMENT(5, "head of government"),
    MINISTER(4, "minister"),
    DEPUTY_MINISTER(3, "deputy minister"),
    AMBASSADOR(2, "ambassador"),
    OFFICIAL(1, "official"),
    UNKNOWN(0, "unknown");

    /** The rule shown in the UI and in export captions. */
    public static final String CONTACT_LEVEL_RULE =
            "Level of a contact: the lower of the two sides' ranks when both are known, else the known one.";

    private final int rank;
    private final String label;

    Level(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    public String label() {
        return label;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** Stable text code used in files and the database, e.g. {@code head-of-state}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Level fromCode(String code) {
        return Codes.parse(Level.class, values(), code);
    }

    /**
     * The level of a contact: the lower of the two sides' ranks when both are known, else the
     * known one (or {@link #UNKNOWN} when neither is). On equal ranks side A's level is kept.
     */
    public static Level ofContact(Level a, Level b) {
        if (!a.isKnown()) {
            return b;
        }
        if (!b.isKnown()) {
            return a;
        }
        return b.rank < a.rank ? b : a;
    }

    /** Levels from the highest rank down, {@link #UNKNOWN} last. */
    public static Level[] byRankDescending() {
        Level[] levels = values();
        Arrays.sort(levels, (x, y) -> Integer.compare(y.rank, x.rank));
        return levels;
    }
}
