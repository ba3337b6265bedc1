package org.diplotrack.model;

import java.util.List;

/**
 * One side of a contact: its country, the rank of its principal (with an optional portfolio
 * such as "foreign affairs" for ministers) and the people who took part.
 */
public record Side(Country country, Level level, String portfolio, List<Participant> participants) {

    public Side {
        if (country == null) {
            throw new IllegalArgumentException("country is required");
        }
        level = level == null ? Level.UNKNOWN : level;
        portfolio = Text.blankToNull(portfolio);
        participants = Text.copyOf(participants);
    }

    public static Side of(Country country, Level level) {
        return new Side(country, level, null, List.of());
    }

    /** "minister (foreign affairs)" */
    public String levelLabel() {
        return portfolio == null ? level.label() : level.label() + " (" + portfolio + ")";
    }
}
