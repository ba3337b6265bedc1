package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/** Whether a contact took place, or where an offer of one stands. */
public enum Status {
    HELD,
    SCHEDULED,
    INVITED,
    PROPOSED,
    DECLINED,
    CANCELLED;

    /** The name in the language in use; files and the database use {@link #code()}. */
    public String label() {
        return Localization.text("contact.status." + code());
    }

    public String code() {
        return Codes.of(this);
    }

    /** Held contacts happened; the others are plans, offers or refusals. */
    public boolean happened() {
        return this == HELD;
    }

    public static Status fromCode(String code) {
        return Codes.parse(Status.class, values(), code);
    }
}
