package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.diplotrack.model.UnknownCountryException;
import org.diplotrack.model.l10n.Localization;

/**
 * The Office of the Historian's travels ({@code <trips><trip>}) and visits
 * ({@code <visits><visit>}), read with StAX (no DTDs, no external entities). The records of all
 * the files of one import are read first, so that a trip the source repeats under two ids (the
 * same traveller, dates and country) becomes one contact whose event id names both ("3992+4019");
 * the other copy is counted as {@link SkipReason#REPEATED_IN_SOURCE}. Rules in decision 0019.
 */
final class HsgRows implements RowReader {
    static final String TRAVELS = "Office of the Historian travels";
    static final String VISITS = "Office of the Historian visits";
    private static final Country US = Countries.lookup("US");

    /** One {@code trip} or {@code visit} as read: its file, line and child elements' texts. */
    private record Record(String file, long line, Map<String, String> fields, String countryId) {
        String get(String name) {
            return fields.get(name);
        }
    }

    private final List<RowResult> results = new ArrayList<>();
    private final Iterator<RowResult> it;
    private long unknownLevels;

    /** Reads every record of the given files (each one's own format, travels or visits). */
    HsgRows(List<Input> inputs) throws IOException {
        List<Record> records = new ArrayList<>();
        List<ImportFormat> formats = new ArrayList<>();
        for (Input in : inputs) {
            int before = records.size();
            read(in, records);
            for (int i = before; i < records.size(); i++) {
                formats.add(in.format());
            }
        }
        Map<String, List<Integer>> same = new LinkedHashMap<>();
        RowResult[] out = new RowResult[records.size()];
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            boolean travel = formats.get(i) == ImportFormat.HSG_TRAVELS;
            RowResult checked = check(r, travel);
            if (checked != null) {
                out[i] = checked;
                continue;
            }
            String key = (travel ? r.get("role") + "|" + r.get("name") : r.get("visitor")) + "|" + r.get("start-date")
                    + "|" + r.get("end-date") + "|" + country(r).alpha2();
            same.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : same.values()) {
            Record first = records.get(group.get(0));
            StringBuilder ids = new StringBuilder();
            for (int i : group) {
                ids.append(ids.isEmpty() ? "" : "+").append(records.get(i).get("id"));
            }
            boolean travel = formats.get(group.get(0)) == ImportFormat.HSG_TRAVELS;
            out[group.get(0)] = RowResult.contact(first.line(), travel ? trip(first, ids.toString())
                    : visit(first, ids.toString()));
            for (int i = 1; i < group.size(); i++) {
                out[group.get(i)] = RowResult.skip(records.get(group.get(i)).line(), SkipReason.REPEATED_IN_SOURCE);
            }
        }
        results.addAll(List.of(out));
        it = results.iterator();
    }

    /** One file to read, by its name in the report and its format. */
    record Input(String name, InputStream content, ImportFormat format) {
    }

    @Override
    public RowResult next() {
        return it.hasNext() ? it.next() : null;
    }

    /** Visits whose visitor's title the rules do not know: imported at unknown level. */
    @Override
    public long unknownLevels() {
        return unknownLevels;
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return f;
    }

    private static void read(Input in, List<Record> into) throws IOException {
        String element = in.format() == ImportFormat.HSG_TRAVELS ? "trip" : "visit";
        String countryElement = in.format() == ImportFormat.HSG_TRAVELS ? "country" : "from";
        try {
            XMLStreamReader x = factory().createXMLStreamReader(in.content(), "UTF-8");
            try {
                Map<String, String> fields = null;
                long line = 0;
                String countryId = null;
                StringBuilder text = new StringBuilder();
                int depth = 0;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = x.getLocalName();
                        if (fields == null && name.equals(element)) {
                            fields = new HashMap<>();
                            line = x.getLocation().getLineNumber();
                            countryId = null;
                        } else if (fields != null) {
                            text.setLength(0);
                            if (name.equals(countryElement)) {
                                countryId = x.getAttributeValue(null, "id");
                            }
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                        text.append(x.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        String name = x.getLocalName();
                        if (fields != null && name.equals(element)) {
                            into.add(new Record(in.name(), line, fields, countryId));
                            fields = null;
                        } else if (fields != null) {
                            String value = collapse(text.toString());
                            if (value != null) {
                                fields.putIfAbsent(name, value);
                            }
                            text.setLength(0);
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new ImportException(in.name(), line, null, Localization.text("import.hsg.notXml",
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
        }
    }

    /** Whitespace collapsed to single spaces; null when nothing is left. */
    static String collapse(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** Null when the record can become a contact, else why not. */
    private RowResult check(Record r, boolean travel) {
        for (String field : travel ? List.of("id", "role", "name", "start-date") : List.of("id", "visitor", "start-date")) {
            if (r.get(field) == null) {
                return RowResult.malformed(r.line(), field, Localization.text("import.hsg.missing", r.file()));
            }
        }
        if (travel && !r.get("role").equals("president") && !r.get("role").equals("secretary")) {
            return RowResult.malformed(r.line(), "role", Localization.text("import.hsg.badRole", r.file(), r.get("role")));
        }
        for (String field : List.of("start-date", "end-date")) {
            if (r.get(field) != null && date(r.get(field)) == null) {
                return RowResult.malformed(r.line(), field, Localization.text("import.hsg.badDate", r.file(), r.get(field)));
            }
        }
        String code = code(r);
        if (code == null) {
            return RowResult.skip(r.line(), SkipReason.UNKNOWN_COUNTRY);
        }
        if (code.equals(HsgCountryIds.NOT_A_STATE)) {
            return RowResult.skip(r.line(), SkipReason.NOT_A_STATE);
        }
        try {
            if (Countries.lookup(code).equals(US)) {
                return RowResult.skip(r.line(), SkipReason.SAME_COUNTRY);
            }
        } catch (UnknownCountryException e) {
            return RowResult.skip(r.line(), SkipReason.UNKNOWN_COUNTRY); // Kosovo: XK is not in the JDK's list
        }
        return null;
    }

    /** The country's code on the trip's or visit's first day (the Soviet Union under "russia" until 1991-12-25). */
    private static String code(Record r) {
        PartialDate start = date(r.get("start-date"));
        return HsgCountryIds.code(r.countryId(), start == null ? null : start.firstDay());
    }

    private static Country country(Record r) {
        return Countries.lookup(code(r));
    }

    private static PartialDate date(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Contact trip(Record r, String ids) {
        boolean president = r.get("role").equals("president");
        Participant who = new Participant(r.get("name"), Localization.text(
                president ? "import.hsg.titlePresident" : "import.hsg.titleSecretary"));
        Side us = new Side(US, president ? Level.HEAD_OF_STATE : Level.MINISTER, president ? null : "foreign affairs",
                List.of(who));
        return Contact.builder().a(us).b(Side.of(country(r), Level.UNKNOWN))
                .date(date(r.get("start-date"))).endDate(end(r))
                .mode(Mode.VISIT).status(Status.HELD).location(r.get("locale")).summary(r.get("remarks"))
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, TRAVELS, r.file(), ids, null))
                .build();
    }

    private Contact visit(Record r, String ids) {
        Level level = visitorLevel(r.get("visitor"));
        if (level == Level.UNKNOWN) {
            unknownLevels++;
        }
        Side visitor = new Side(country(r), level, null, List.of(new Participant(r.get("visitor"), null)));
        return Contact.builder().a(visitor).b(Side.of(US, Level.UNKNOWN))
                .date(date(r.get("start-date"))).endDate(end(r))
                .mode(Mode.VISIT).status(Status.HELD).summary(r.get("description"))
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, VISITS, r.file(), ids, null))
                .build();
    }

    /** The end date, unless it is missing or the same day as the start (a one-day contact). */
    private static PartialDate end(Record r) {
        PartialDate start = date(r.get("start-date"));
        PartialDate end = date(r.get("end-date"));
        return end == null || end.equals(start) ? null : end;
    }

    private static final Pattern NOT_THE_HEAD = Pattern.compile(
            "\\b(?:vice|deputy|crown|first deputy|acting)[ -]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile(
            "\\b(?:prime minister|premier|chancellor|president of the council|president of the government"
                    + "|chairman of the council of ministers|head of government|taoiseach)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_OF_STATE = Pattern.compile(
            "\\b(?:president|king|queen|emperor|empress|emir|amir|sultan|shah|grand duke|grand duchess"
                    + "|prince|princess|head of state|chairman|regent)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The visitor's level from the title that opens the visitor's text: a deputy, vice, acting or
     * crown title is no head's; then head of government (Prime Minister, Premier, Chancellor,
     * President of the Council…), then head of state (President, King, Queen, Emperor, Emir,
     * Sultan, Shah, Grand Duke, Prince…); anything else unknown.
     */
    static Level visitorLevel(String visitor) {
        if (visitor == null || NOT_THE_HEAD.matcher(visitor).find()) {
            return Level.UNKNOWN;
        }
        if (HEAD_OF_GOVERNMENT.matcher(visitor).find()) {
            return Level.HEAD_OF_GOVERNMENT;
        }
        if (HEAD_OF_STATE.matcher(visitor).find()) {
            return Level.HEAD_OF_STATE;
        }
        return Level.UNKNOWN;
    }
}
