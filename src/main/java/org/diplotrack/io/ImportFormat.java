package org.diplotrack.io;

import java.util.EnumSet;
import java.util.Set;
import org.diplotrack.model.Codes;
import org.diplotrack.model.l10n.Localization;

/** The formats {@code import} reads; {@link #AUTO} detects the others from the file's content. */
public enum ImportFormat {
    AUTO("auto"),
    CSV("csv"),
    JSON("json"),
    GDELT1("gdelt1"),
    GDELT2("gdelt2"),
    ICEWS("icews"),
    HSG_TRAVELS("hsg-travels"),
    HSG_VISITS("hsg-visits"),
    /** The Office of the Historian's chiefs of mission ({@code <country-mission>}, a file or the pocom folder). */
    HSG_POCOM("hsg-pocom"),
    /** DiploTrack's missions as JSON ({@code "format": "diplotrack-missions"}). */
    MISSIONS_JSON("missions-json"),
    /** DiploTrack's missions as CSV (a header naming {@code sending}, {@code receiving}, {@code rank}, {@code from}). */
    MISSIONS_CSV("missions-csv");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** "DiploTrack CSV", "ICEWS events", in the language in use (the code stays as it is). */
    public String label() {
        return Localization.text("import.format." + code);
    }

    /**
     * The reasons a row of this format may be skipped for, which its report lists: a CSV row is
     * only ever malformed (a bad country or date is a bad field), and a faulty JSON contact stops
     * the import.
     */
    public Set<SkipReason> skipReasons() {
        return switch (this) {
            case CSV -> EnumSet.of(SkipReason.MALFORMED);
            case JSON -> EnumSet.noneOf(SkipReason.class);
            case AUTO, GDELT1, GDELT2, ICEWS -> {
                EnumSet<SkipReason> reasons = EnumSet.of(SkipReason.NOT_CONTACT_CODE, SkipReason.SAME_COUNTRY,
                        SkipReason.UNKNOWN_COUNTRY, SkipReason.BAD_DATE, SkipReason.MALFORMED);
                reasons.addAll(SkipReason.ACTORS); // an actor that is not its state (decision 0023)
                yield reasons;
            }
            case HSG_TRAVELS, HSG_VISITS -> EnumSet.of(SkipReason.NOT_A_STATE,
                    SkipReason.UNKNOWN_COUNTRY, SkipReason.REPEATED_IN_SOURCE, SkipReason.MALFORMED);
            case HSG_POCOM -> EnumSet.of(SkipReason.NOT_IN_POST, SkipReason.NO_START_DATE,
                    SkipReason.NOT_A_STATE, SkipReason.UNKNOWN_COUNTRY, SkipReason.REPEATED_IN_SOURCE,
                    SkipReason.MALFORMED);
            case MISSIONS_CSV -> EnumSet.of(SkipReason.MALFORMED);
            case MISSIONS_JSON -> EnumSet.noneOf(SkipReason.class);
        };
    }

    /** Whether the format holds missions (stored as missions), not contacts. */
    public boolean holdsMissions() {
        return this == HSG_POCOM || this == MISSIONS_JSON || this == MISSIONS_CSV;
    }

    public static ImportFormat fromCode(String text) {
        return Codes.find(values(), ImportFormat::code, text).orElseThrow(() -> new IllegalArgumentException(
                Localization.text("import.error.unknownFormatCode", String.valueOf(text))));
    }
}
