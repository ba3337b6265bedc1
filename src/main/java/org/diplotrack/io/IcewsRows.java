package org.diplotrack.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.l10n.Localization;

/**
 * ICEWS event files: tab-separated with a header row, columns found by name. Missing values are
 * "NA"; countries are English names; the event id is unique only together with the date.
 */
final class IcewsRows implements RowReader {
    private static final List<String> REQUIRED = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "CAMEO Code", "Target Name", "Target Sectors", "Target Country");
    /** Co-princes of Andorra by office: see {@link #country}. */
    private static final Set<String> FRENCH_PRESIDENTS = Set.of("Emmanuel Macron", "François Hollande",
            "Nicolas Sarkozy", "Jacques Chirac");
    private static final Country FRANCE = Country.of("FR");

    private final TabRecords records;
    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    IcewsRows(TabRecords records, String file) throws IOException {
        this.records = records;
        this.file = file;
        TabRecords.Record header = records.next();
        if (header == null) {
            throw new ImportException(file, 1, null, Localization.text("import.error.emptyIcews"));
        }
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim(), i);
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new ImportException(file, 1, name, Localization.text("import.error.icewsLacksColumn"));
            }
        }
        int w = header.size();
        while (w > 0 && header.isEmpty(w - 1)) {
            w--;
        }
        width = w;
    }

    @Override
    public RowResult next() throws IOException {
        TabRecords.Record r = records.nextNonBlank();
        if (r == null) {
            return null;
        }
        long line = r.line();
        int n = r.sizeWithin(width);
        if (n != width) {
            return RowResult.malformed(line, null, Localization.text("import.error.icewsColumns", String.valueOf(width),
                    String.valueOf(n)));
        }
        String damage = r.damage();
        if (damage != null) {
            return RowResult.malformed(line, null, damage);
        }
        String code = get(r, "CAMEO Code");
        if (CameoTables.contactCode(code) == null) {
            return RowResult.skip(line, SkipReason.NOT_CONTACT_CODE);
        }
        String city = get(r, "City");
        String country = get(r, "Country");
        String location = city == null ? country : country == null ? city : city + ", " + country;
        PartialDate parsed = EventRow.parseDate(get(r, "Event Date"));
        LocalDate day = parsed == null ? null : parsed.firstDay();
        return new EventRow(line, "ICEWS", file, get(r, "Event ID"), code, get(r, "Event Date"),
                actor(r, "Source", day), actor(r, "Target", day), get(r, "Event Text"), location, get(r, "Publisher"), null,
                new EventRow.Coded(get(r, "Source Name"), get(r, "Target Name"), null, get(r, "Story ID"),
                        EventRow.number(get(r, "Sentence Number")), null, null, null))
                .toResult();
    }

    /**
     * One actor: its kind from its sectors ({@link ActorRules#icews}); a leader the office-holders
     * table lists takes the office held on the day (a former one is skipped); anyone else the level
     * of a title or the sectors ({@link LevelRules#icews}). The participant is the person, or the
     * office of a generic actor that is one person's ("Envoy (North Korea)"); a country ("North
     * Korea") or a body ("Cabinet / Council of Ministers / Advisors (United States)", "Executive
     * Office of the President") is none.
     */
    private EventRow.Actor actor(TabRecords.Record r, String role, LocalDate day) {
        String name = get(r, role + " Name");
        String sectors = get(r, role + " Sectors");
        Country country = country(name, CameoTables.icewsCountry(get(r, role + " Country")));
        SkipReason notState = ActorRules.icews(name, sectors);
        CameoTables.Office office = LevelRules.isGeneric(name) ? null : CameoTables.office(name, country, day);
        if (office != null) {
            return new EventRow.Actor(country, office.level(), office.portfolio(), office.participant(),
                    notState != null ? notState : office.former() ? SkipReason.FORMER_OFFICIAL : null);
        }
        LevelRules.Inferred level = LevelRules.icews(name, sectors);
        return new EventRow.Actor(country, level.level(), level.portfolio(), participant(name, sectors, level.level()),
                notState);
    }

    private static Participant participant(String name, String sectors, Level level) {
        // A country as actor has no sectors: only then is the name looked up as a country (a miss
        // costs an exception, and most actors are people).
        boolean country = sectors == null && name != null && CameoTables.icewsCountry(name) != null;
        if (name == null || country || LevelRules.isInstitution(name)) {
            return null;
        }
        if (LevelRules.isGeneric(name)) {
            return level.isKnown() ? new Participant(null, name) : null;
        }
        return new Participant(name, null);
    }

    /**
     * ICEWS's dictionary files France's presidents under Andorra, of which they are co-princes
     * (Macron's 2018 rows are all French diplomacy): they are France.
     */
    private static Country country(String name, Country coded) {
        return coded != null && coded.alpha2().equals("AD") && name != null && FRENCH_PRESIDENTS.contains(name)
                ? FRANCE : coded;
    }

    /** A column by name; null when the file has no such column or the value is empty or "NA". */
    private String get(TabRecords.Record r, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String value = r.get(i).trim();
        return value.isEmpty() || value.equals("NA") ? null : value;
    }

    @Override
    public long blankLines() {
        return records.blankLines();
    }
}
