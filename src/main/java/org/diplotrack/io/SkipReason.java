package org.diplotrack.io;

import java.util.Locale;
import org.diplotrack.model.l10n.Localization;

/** Why an input row did not become a contact. */
public enum SkipReason {
    NOT_CONTACT_CODE,
    SAME_COUNTRY,
    UNKNOWN_COUNTRY,
    BAD_DATE,
    MALFORMED,
    FORMER_STATE,
    NOT_A_STATE,
    REPEATED_IN_SOURCE;

    /** "not-contact-code", "malformed": the same in every language, for what code reads. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "not a contact code", "malformed row", in the language in use. */
    public String label() {
        return Localization.text("import.skip." + code());
    }
}
