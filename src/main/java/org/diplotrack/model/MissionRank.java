package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/**
 * The rank of a head of mission, from the highest down: an ambassador; an envoy extraordinary
 * and minister plenipotentiary (or a minister); a minister resident; a chargé d'affaires en pied
 * (accredited to the foreign minister); a chargé d'affaires ad interim (standing in while the head
 * is away or the post is vacant); the head of an interests section or liaison office (a mission
 * without diplomatic relations); and none (no diplomatic rank: an agent, a commissioner, a
 * representative, or a record of a vacancy). Files and the database use {@link #code()}.
 */
public enum MissionRank {
    AMBASSADOR(6),
    ENVOY(5),
    MINISTER_RESIDENT(4),
    CHARGE_EN_PIED(3),
    CHARGE_AD_INTERIM(2),
    INTERESTS_SECTION(1),
    NONE(0);

    private final int order;

    MissionRank(int order) {
        this.order = order;
    }

    /** 6 for an ambassador down to 0 for none: what wins when two missions overlap, and the band's shade. */
    public int order() {
        return order;
    }

    /** The rank's name in the language in use. */
    public String label() {
        return Localization.text("mission.rank." + code());
    }

    /** Stable text code used in files and the database, e.g. {@code charge-ad-interim}. */
    public String code() {
        return Codes.of(this);
    }

    /** Whether a head of mission of this rank may be unnamed (an interests section, a vacancy). */
    public boolean mayBeUnnamed() {
        return this == INTERESTS_SECTION || this == NONE;
    }

    public static MissionRank fromCode(String code) {
        return Codes.parse(MissionRank.class, values(), code);
    }
}
