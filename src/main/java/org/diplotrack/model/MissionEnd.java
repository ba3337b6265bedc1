package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/**
 * How a head of mission's tenure ended. {@link #LEFT_POST} is the ordinary end (left the post,
 * relinquished charge, presented the letter of recall, had the farewell audience);
 * {@link #RECALLED} a recall by the sending state; {@link #EXPELLED} declared persona non grata
 * or asked to leave; {@link #RELATIONS_SEVERED} relations broken off or interrupted (also by a
 * declaration of war); {@link #MISSION_CLOSED} the embassy or legation closed, or its staff
 * withdrawn; {@link #DIED} died or killed in post; {@link #SUPERSEDED} the appointment was
 * superseded (promoted, recommissioned or reaccredited, or succeeded); {@link #OTHER} anything else.
 */
public enum MissionEnd {
    LEFT_POST,
    RECALLED,
    EXPELLED,
    RELATIONS_SEVERED,
    MISSION_CLOSED,
    DIED,
    SUPERSEDED,
    OTHER;

    /** The name in the language in use; files and the database use {@link #code()}. */
    public String label() {
        return Localization.text("mission.end." + code());
    }

    public String code() {
        return Codes.of(this);
    }

    public static MissionEnd fromCode(String code) {
        return Codes.parse(MissionEnd.class, values(), code);
    }
}
