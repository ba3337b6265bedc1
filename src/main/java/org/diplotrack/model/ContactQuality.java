package org.diplotrack.model;

import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.l10n.Localization;

/**
 * What a reader of event data should doubt about a contact (issue 18, part 5): reports that came
 * long after the day they give (a historical reference rather than news), a visit placed in the
 * visitor's own country, a meeting at a third location placed in one of the two countries.
 * Flags warn; they change nothing on record.
 */
public final class ContactQuality {
    /** Days between an event and its first report past which the report reads as a historical reference. */
    public static final int LATE_REPORT_DAYS = 30;

    /** One doubt, with its words in the language in use. */
    public record Flag(String code, String text) {
    }

    private ContactQuality() {
    }

    public static List<Flag> of(Contact c) {
        List<Flag> flags = new ArrayList<>();
        Long firstReport = firstReportLag(c);
        if (firstReport != null && firstReport > LATE_REPORT_DAYS) {
            flags.add(new Flag("late-report", Localization.text("quality.lateReport", firstReport)));
        }
        Country place = locationCountry(c.location());
        if (visitAtHome(c.mode(), c.a().country(), c.b().country(), place)) {
            Country visitor = c.mode() == Mode.VISIT ? c.a().country() : c.b().country();
            flags.add(new Flag("visit-at-home", Localization.text("quality.visitAtHome", visitor.label())));
        }
        if (thirdLocationInParty(c.mode(), c.a().country(), c.b().country(), place)) {
            flags.add(new Flag("third-location-in-party", Localization.text("quality.thirdLocationInParty",
                    place.label())));
        }
        return flags;
    }

    /**
     * Whether there is any doubt ({@link #of} not empty), without its words: stored with each
     * contact for the filter on doubts.
     */
    public static boolean doubtful(Contact c) {
        Long firstReport = firstReportLag(c);
        return firstReport != null && firstReport > LATE_REPORT_DAYS
                || placeDoubtful(c.mode(), c.a().country(), c.b().country(), c.location());
    }

    /** Whether a contact's place is in doubt: a visit at the visitor's home, a third location in a party. */
    public static boolean placeDoubtful(Mode mode, Country a, Country b, String location) {
        if (location == null || mode != Mode.VISIT && mode != Mode.HOSTED_VISIT && mode != Mode.THIRD_LOCATION) {
            return false; // no lookup of the place for the forms it cannot be wrong for
        }
        Country place = locationCountry(location);
        return visitAtHome(mode, a, b, place) || thirdLocationInParty(mode, a, b, place);
    }

    private static Long firstReportLag(Contact c) {
        return c.reports().stream().map(Report::lag).filter(java.util.Objects::nonNull).min(Long::compare)
                .orElse(null);
    }

    private static boolean visitAtHome(Mode mode, Country a, Country b, Country place) {
        return place != null && (mode == Mode.VISIT && place.equals(a) || mode == Mode.HOSTED_VISIT && place.equals(b));
    }

    private static boolean thirdLocationInParty(Mode mode, Country a, Country b, Country place) {
        return place != null && mode == Mode.THIRD_LOCATION && (place.equals(a) || place.equals(b));
    }

    /** The country a location names last ("Moscow, Russian Federation"), or null when it names none we know. */
    static Country locationCountry(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String last = location.substring(location.lastIndexOf(',') + 1).trim();
        try {
            return Countries.lookup(last);
        } catch (UnknownCountryException e) {
            return null;
        }
    }
}
