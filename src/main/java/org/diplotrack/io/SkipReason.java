package org.diplotrack.io;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.diplotrack.model.l10n.Localization;

/**
 * Why an input row did not become a contact (or a mission). The actor reasons (international organisation to
 * former official) say that a side of an event row is not its state (decision 0023).
 */
public enum SkipReason {
    NOT_CONTACT_CODE,
    INTERNATIONAL_ORGANISATION,
    MEDIA,
    BUSINESS,
    NGO,
    DISSIDENT,
    RELIGIOUS,
    CIVILIAN,
    FORMER_OFFICIAL,
    SAME_COUNTRY,
    UNKNOWN_COUNTRY,
    BAD_DATE,
    MALFORMED,
    NOT_A_STATE,
    REPEATED_IN_SOURCE,
    /** A chief of mission whose appointment never took effect: declined, not confirmed, did not serve. */
    NOT_IN_POST,
    /** A chief of mission without a date of credentials, arrival or appointment. */
    NO_START_DATE;

    /** The reasons that say an event row's actor is not its state, as the report lists them. */
    static final Set<SkipReason> ACTORS = Collections.unmodifiableSet(EnumSet.range(
            INTERNATIONAL_ORGANISATION, FORMER_OFFICIAL));

    /** "not-contact-code", "malformed": the same in every language, for what code reads. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "not a contact code", "malformed row", in the language in use. */
    public String label() {
        return Localization.text("import.skip." + code());
    }
}
