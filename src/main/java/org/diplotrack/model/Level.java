package org.diplotrack.model;

import java.util.Arrays;
import java.util.Locale;
import org.diplotrack.model.l10n.Localization;

/**
 * The rank of one side's principal in a contact. Heads of state and of government share the
 * top rank, with {@link #HEAD_OF_STATE_OR_GOVERNMENT} for a source that says only "the head of
 * the executive" (ICEWS's "Executive Office"), which never guesses which of the two;
 * {@link #UNKNOWN} ranks below everything and is ignored by {@link #ofContact}.
 */
public enum Level {
    HEAD_OF_STATE(5),
    HEAD_OF_GOVERNMENT(5),
    /** One of the two, the source does not say which (decision 0023). */
    HEAD_OF_STATE_OR_GOVERNMENT(5),
    MINISTER(4),
    DEPUTY_MINISTER(3),
    AMBASSADOR(2),
    OFFICIAL(1),
    UNKNOWN(0);

    private final int rank;

    Level(int rank) {
        this.rank = rank;
    }

    /** The rule shown in the UI and in export captions, in the language in use. */
    public static String contactLevelRule() {
        return Localization.text("contact.level.rule");
    }

    public int rank() {
        return rank;
    }

    /** The level's name in the language in use; files and the database use {@link #code()}. */
    public String label() {
        return Localization.text("contact.level." + code());
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** The level's name short enough for a table column ("head of state / gov."), in the language in use. */
    public String shortLabel() {
        return Localization.text("contact.level.short." + code());
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

    /**
     * The level of a contact read from an event dataset: as {@link #ofContact}, but an unknown
     * side leaves the contact unknown unless the known side is the one who acts, which ranks it:
     * the visitor of a visit, the author of a statement or offer (side A; side B of a hosted
     * visit). A report names only the state for a side whose principal it does not know, and a
     * host's or counterpart's rank says nothing of who came ("North Korea" received by Trump was
     * Kim Yong-chol; decision 0026).
     */
    public static Level ofReported(Level a, Level b, Mode mode) {
        if (a.isKnown() && b.isKnown()) {
            return ofContact(a, b);
        }
        return switch (mode) {
            case VISIT, STATEMENT -> a;
            case HOSTED_VISIT -> b;
            default -> UNKNOWN;
        };
    }

    /** A contact's level by its origin's rule: {@link #ofReported} for dataset imports, else {@link #ofContact}. */
    public static Level of(Provenance.Origin origin, Mode mode, Level a, Level b) {
        return origin == Provenance.Origin.DATASET_IMPORT ? ofReported(a, b, mode) : ofContact(a, b);
    }

    /** Levels from the highest rank down, {@link #UNKNOWN} last. */
    public static Level[] byRankDescending() {
        Level[] levels = values();
        Arrays.sort(levels, (x, y) -> Integer.compare(y.rank, x.rank));
        return levels;
    }
}
