package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/** The form a contact takes. */
public enum Mode {
    VISIT,
    HOSTED_VISIT,
    THIRD_LOCATION,
    PHONE_CALL,
    VIDEO_CALL,
    CORRESPONDENCE,
    NEGOTIATION,
    EMBASSY_CHANNEL,
    STATEMENT,
    OTHER;

    /** The name in the language in use; files and the database use {@link #code()}. */
    public String label() {
        return Localization.text("contact.mode." + code());
    }

    public String code() {
        return Codes.of(this);
    }

    public static Mode fromCode(String code) {
        return Codes.parse(Mode.class, values(), code);
    }
}
