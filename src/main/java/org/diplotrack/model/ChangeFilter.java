package org.diplotrack.model;

import java.time.Instant;

/**
 * Which recorded changes to list: of one contact (or any, {@code contactId} 0), by one user
 * (or anyone, null), since a moment (or ever, null); newest first, at most {@code limit}.
 */
public record ChangeFilter(long contactId, String who, Instant since, int limit) {
    public static final ChangeFilter ALL = new ChangeFilter(0, null, null, Integer.MAX_VALUE);

    public ChangeFilter {
        who = Text.blankToNull(who);
        limit = limit <= 0 ? Integer.MAX_VALUE : limit;
    }

    public static ChangeFilter ofContact(long id) {
        return ALL.withContact(id);
    }

    public ChangeFilter withContact(long id) {
        return new ChangeFilter(id, who, since, limit);
    }

    public ChangeFilter withWho(String user) {
        return new ChangeFilter(contactId, user, since, limit);
    }

    public ChangeFilter withSince(Instant moment) {
        return new ChangeFilter(contactId, who, moment, limit);
    }
}
