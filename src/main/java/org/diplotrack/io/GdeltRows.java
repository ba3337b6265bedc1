package org.diplotrack.io;

import java.io.IOException;
import java.time.LocalDate;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Text;
import org.diplotrack.model.l10n.Localization;

/**
 * GDELT event files: tab-separated, no header; 1.0 has 58 columns (57 in the back-files, which
 * lack SOURCEURL), 2.0 has 61 (ADM2 codes in each geography block, so the action's place and the
 * URL move). The first 35 columns are the same in both; the event code is read as text.
 */
final class GdeltRows implements RowReader {
    private static final int ID = 0;
    private static final int DATE = 1;
    /** Each actor's block: code, name, country, known group, ethnic, religion 1 and 2, types 1 to 3. */
    private static final int ACTOR1 = 5;
    private static final int ACTOR2 = 15;
    private static final int CODE = 0;
    private static final int NAME = 1;
    private static final int COUNTRY = 2;
    private static final int RELIGION1 = 5;
    private static final int TYPE1 = 7;
    private static final int ROOT = 25;
    private static final int EVENT_CODE = 26;
    private static final int NUM_SOURCES = 32;
    private static final int NUM_ARTICLES = 33;

    private final TabRecords records;
    private final String dataset;
    private final String file;
    private final boolean version2;

    GdeltRows(TabRecords records, boolean version2, String file) {
        this.records = records;
        this.version2 = version2;
        this.dataset = version2 ? "GDELT 2.0" : "GDELT 1.0";
        this.file = file;
    }

    @Override
    public RowResult next() throws IOException {
        TabRecords.Record r = records.nextNonBlank();
        if (r == null) {
            return null;
        }
        long line = r.line();
        int columns = r.sizeWithin(version2 ? 61 : 58);
        boolean fits = version2 ? columns == 61 : columns == 57 || columns == 58;
        if (!fits) {
            return RowResult.malformed(line, null, Localization.text(version2 ? "import.error.gdelt2Columns"
                    : "import.error.gdelt1Columns", String.valueOf(columns)));
        }
        String damage = r.damage();
        if (damage != null) {
            return RowResult.malformed(line, null, damage);
        }
        String code = r.get(EVENT_CODE);
        if (CameoTables.contactCode(code) == null) {
            // Most rows stop here: read nothing else of them.
            return RowResult.skip(line, SkipReason.NOT_CONTACT_CODE);
        }
        int place = version2 ? 52 : 50;
        int url = version2 ? 60 : columns == 58 ? 57 : -1;
        int added = version2 ? 59 : 56;
        PartialDate day = EventRow.parseDate(r.get(DATE));
        LocalDate date = day == null ? null : day.firstDay();
        EventRow.Coded coded = new EventRow.Coded(Text.blankToNull(r.get(ACTOR1 + NAME)),
                Text.blankToNull(r.get(ACTOR2 + NAME)), dateAdded(r.get(added)), null, null,
                EventRow.number(r.get(NUM_SOURCES)), EventRow.number(r.get(NUM_ARTICLES)), root(r.get(ROOT)));
        return new EventRow(line, dataset, file, r.get(ID), code, r.get(DATE),
                actor(r, ACTOR1, date), actor(r, ACTOR2, date),
                null, Text.blankToNull(r.get(place)), null, url < 0 ? null : Text.blankToNull(r.get(url)), coded)
                .toResult();
    }

    /** DATEADDED: YYYYMMDD in 1.0, YYYYMMDDHHMMSS in 2.0; null when it is neither. */
    static LocalDate dateAdded(String text) {
        PartialDate day = text != null && text.length() >= 8 ? EventRow.parseDate(text.substring(0, 8)) : null;
        return day == null ? null : day.firstDay();
    }

    private static Boolean root(String text) {
        return "1".equals(text) ? Boolean.TRUE : "0".equals(text) ? Boolean.FALSE : null;
    }

    /**
     * One actor: its kind from its codes ({@link ActorRules#gdelt}); its level and participant
     * from a title in its name ("PRIME MINISTER") or, for a leader GDELT names, from the
     * office-holders table on the event's day (a former office holder is skipped).
     */
    private static EventRow.Actor actor(TabRecords.Record r, int block, LocalDate date) {
        String actorName = Text.blankToNull(r.get(block + NAME));
        Country country = CameoTables.cameoCountry(r.get(block + COUNTRY));
        SkipReason notState = ActorRules.gdelt(r.get(block + CODE), actorName, r.get(block + RELIGION1),
                r.get(block + TYPE1), r.get(block + TYPE1 + 1), r.get(block + TYPE1 + 2));
        Level level = LevelRules.gdelt(actorName);
        if (level.isKnown()) {
            return new EventRow.Actor(country, level, null, new Participant(null, title(actorName)), notState);
        }
        CameoTables.Office office = CameoTables.office(actorName, country, date);
        if (office == null) {
            return new EventRow.Actor(country, Level.UNKNOWN, null, null, notState);
        }
        return new EventRow.Actor(country, office.level(), office.portfolio(), office.participant(),
                notState != null ? notState : office.former() ? SkipReason.FORMER_OFFICIAL : null);
    }

    /** GDELT writes names in capitals: "PRIME MINISTER" reads better as "Prime Minister". */
    private static String title(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }

    @Override
    public long blankLines() {
        return records.blankLines();
    }
}
