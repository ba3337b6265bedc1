package org.diplotrack.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplotrack.model.Participant;
import org.diplotrack.model.l10n.Localization;

/**
 * ICEWS event files: tab-separated with a header row, columns found by name. Missing values are
 * "NA"; countries are English names; the event id is unique only together with the date.
 */
final class IcewsRows implements RowReader {
    private static final List<String> REQUIRED = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "CAMEO Code", "Target Name", "Target Sectors", "Target Country");

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
        return new EventRow(line, "ICEWS", file, get(r, "Event ID"), code, get(r, "Event Date"),
                actor(r, "Source"), actor(r, "Target"), get(r, "Event Text"), location, get(r, "Publisher"), null,
                new EventRow.Coded(get(r, "Source Name"), get(r, "Target Name"), null, get(r, "Story ID"),
                        EventRow.number(get(r, "Sentence Number")), null, null, null))
                .toResult();
    }

    private EventRow.Actor actor(TabRecords.Record r, String role) {
        String name = get(r, role + " Name");
        String sectors = get(r, role + " Sectors");
        LevelRules.Inferred level = LevelRules.icews(name, sectors);
        Participant who = name == null ? null
                : LevelRules.isGeneric(name) ? new Participant(null, name) : new Participant(name, null);
        return new EventRow.Actor(CameoTables.icewsCountry(get(r, role + " Country")), level.level(),
                level.portfolio(), who, ActorRules.icews(name, sectors));
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
