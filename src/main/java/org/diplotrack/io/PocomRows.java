package org.diplotrack.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Source;
import org.diplotrack.model.UnknownCountryException;
import org.diplotrack.model.l10n.Localization;

/**
 * The Office of the Historian's chiefs of mission ("Principal Officers and Chiefs of Mission",
 * pocom): {@code missions-countries/<territory>.xml}, each a {@code <country-mission>} whose
 * {@code <chiefs>} and {@code <other-nominees>} hold one {@code <chief>} a row, with the names in
 * {@code people/<letter>/<person-id>.xml}. Read with StAX; a file with a DOCTYPE is refused, so no
 * DTD and no entity, internal or external, is ever read. Every chief is one row: a mission of the
 * United States in the country, or a skip with its reason. Rules in decision 0022:
 * <ul>
 * <li>from = credentials presented ({@code started}), else arrival, else appointment; to = the end
 * date; how it ended from the end's note; the role's title and rank from
 * {@code resources/hsg/pocom-roles.tsv}.</li>
 * <li>A nominee ({@code <other-nominees>}), or a chief without arrival or credentials whose note
 * says the appointment never took effect (declined, not commissioned, did not proceed or
 * serve), is {@link SkipReason#NOT_IN_POST}; a chief with no date at all to begin from is
 * {@link SkipReason#NO_START_DATE}.</li>
 * <li>Countries from {@code resources/hsg/country-ids.tsv}, by the day the chief began: the Soviet
 * Union, which the files write under {@code russia}, is told by the dates (1922-12-30 to
 * 1991-12-25), and so are Yugoslavia and Serbia and Montenegro under {@code serbia}; a chief in
 * post when such a state ended is its successor's from the next day, the start kept in the notes
 * (decision 0024). The chiefs to {@code china}
 * resident at Taipei (from 1949-10-01 to 1979-02-28, but for the liaison office in Beijing) are
 * Taiwan's.</li>
 * <li>A chief the source repeats (the same id, person, role and start in one file) is one mission,
 * the copy modified last; the other copies are {@link SkipReason#REPEATED_IN_SOURCE}.</li>
 * </ul>
 */
final class PocomRows implements RowReader {
    static final String DATASET = "Office of the Historian chiefs of mission";
    static final String PUBLICATION = "Office of the Historian, U.S. Department of State";
    static final String SOURCE_TITLE = "Principal Officers and Chiefs of Mission";
    static final String PEOPLE_URL = "https://history.state.gov/departmenthistory/people/";
    private static final Country US = Countries.lookup("US");
    private static final LocalDate TAIPEI_FIRST = LocalDate.of(1949, 10, 1);
    private static final LocalDate TAIPEI_LAST = LocalDate.of(1979, 2, 28);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final Pattern NEVER_TOOK_EFFECT = Pattern.compile("declined|did not proceed|did not serve"
            + "|not commissioned|did not assume|never served|nomination (?:was )?(?:withdrawn|rejected|not confirmed"
            + "|not acted upon|returned|tabled)", Pattern.CASE_INSENSITIVE);
    /** An end note that the date completes ("Left post on", "Presented recall about"). */
    private static final Pattern ENDS_WITH_PREPOSITION = Pattern.compile(
            ".*\\b(?:on|about|before|after|of|soon after|shortly before|from)$", Pattern.CASE_INSENSITIVE);
    static final List<String> EVENTS = List.of("appointed", "arrived", "started", "ended");
    private static final Map<String, Role> ROLES = roles();

    /** A role: the rank it has and the title the source gives it. */
    record Role(MissionRank rank, String title) {
    }

    /** One file to read: its name in the report, its content, and the people folder beside it (may be null). */
    record Input(String name, InputStream content, Path people) {
    }

    /** One {@code <chief>} as read: file, line, whether a nominee, and its fields ("id", "ended.date", …). */
    private record Chief(String file, long line, boolean nominee, Map<String, String> fields, Path people) {
        String get(String name) {
            return fields.get(name);
        }
    }

    private final Iterator<RowResult> it;
    private final Map<Path, Optional<String>> names = new HashMap<>();

    PocomRows(List<Input> inputs) throws IOException {
        List<Chief> chiefs = new ArrayList<>();
        for (Input in : inputs) {
            read(in, chiefs);
        }
        RowResult[] out = new RowResult[chiefs.size()];
        Map<String, List<Integer>> same = new LinkedHashMap<>();
        for (int i = 0; i < chiefs.size(); i++) {
            Chief c = chiefs.get(i);
            out[i] = row(c);
            if (out[i].mission() != null) {
                Mission m = out[i].mission();
                same.computeIfAbsent(c.file() + "|" + c.get("id") + "|" + c.get("person-id") + "|"
                        + c.get("role-title-id") + "|" + m.from(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : same.values()) {
            int kept = group.get(0);
            for (int i : group) {
                if (modified(chiefs.get(i)).compareTo(modified(chiefs.get(kept))) >= 0) {
                    kept = i;
                }
            }
            for (int i : group) {
                if (i != kept) {
                    out[i] = RowResult.skip(chiefs.get(i).line(), SkipReason.REPEATED_IN_SOURCE);
                }
            }
        }
        it = List.of(out).iterator();
    }

    /**
     * The files of a pocom folder: the folder of the repository (holding {@code missions-countries/}
     * and {@code people/}) or its {@code missions-countries/} itself; its XML files by name.
     *
     * @throws ImportException when the folder is neither
     */
    static List<Path> folderFiles(Path folder) throws IOException {
        Path missions = Files.isDirectory(folder.resolve("missions-countries")) ? folder.resolve("missions-countries")
                : folder;
        List<Path> files;
        try (Stream<Path> list = Files.list(missions)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".xml") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new ImportException(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(),
                    0, null, Localization.text("import.pocom.notAFolder"));
        }
        return files;
    }

    /** The {@code people/} folder of the file's repository: beside its folder, or in it; null when there is none. */
    static Path peopleBeside(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return null;
        }
        for (Path candidate : new Path[] {parent.resolveSibling("people"), parent.resolve("people")}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public RowResult next() {
        return it.hasNext() ? it.next() : null;
    }

    private static void read(Input in, List<Chief> into) throws IOException {
        try {
            XMLStreamReader x = HsgRows.factory().createXMLStreamReader(in.content(), "UTF-8");
            try {
                List<String> path = new ArrayList<>();
                Map<String, String> fields = null;
                boolean nominee = false;
                long line = 0;
                int chiefDepth = 0;
                StringBuilder text = new StringBuilder();
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new ImportException(in.name(), x.getLocation().getLineNumber(), "DOCTYPE",
                                Localization.text("import.pocom.dtd"));
                    } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new ImportException(in.name(), x.getLocation().getLineNumber(), x.getLocalName(),
                                Localization.text("import.pocom.entity"));
                    } else if (ev == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        if (path.isEmpty() && !name.equals("country-mission")) {
                            throw new ImportException(in.name(), x.getLocation().getLineNumber(), name,
                                    Localization.text("import.pocom.root", name));
                        }
                        path.add(name);
                        text.setLength(0);
                        if (fields == null && name.equals("chief")) {
                            fields = new HashMap<>();
                            nominee = path.contains("other-nominees");
                            line = x.getLocation().getLineNumber();
                            chiefDepth = path.size();
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                        text.append(x.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String name = path.remove(path.size() - 1);
                        if (fields != null && path.size() + 1 == chiefDepth) {
                            into.add(new Chief(in.name(), line, nominee, fields, in.people()));
                            fields = null;
                        } else if (fields != null && path.size() == chiefDepth) {
                            put(fields, name, text);
                        } else if (fields != null && path.size() == chiefDepth + 1) {
                            put(fields, path.get(path.size() - 1) + "." + name, text);
                        }
                        text.setLength(0);
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

    private static void put(Map<String, String> fields, String name, StringBuilder text) {
        String value = HsgRows.collapse(text.toString());
        if (value != null) {
            fields.putIfAbsent(name, value);
        }
    }

    private static String modified(Chief c) {
        String d = c.get("last-modified-date");
        return d == null ? "" : d;
    }

    /** What the chief becomes, before repeated records are merged. */
    private RowResult row(Chief c) {
        for (String field : List.of("id", "person-id", "role-title-id", "contemporary-territory-id")) {
            if (c.get(field) == null) {
                return RowResult.malformed(c.line(), field, Localization.text("import.hsg.missing", c.file()));
            }
        }
        Map<String, PartialDate> dates = new HashMap<>();
        for (String event : EVENTS) {
            String text = c.get(event + ".date");
            if (text != null) {
                PartialDate date = date(text);
                if (date == null) {
                    return RowResult.malformed(c.line(), event, Localization.text("import.pocom.badDate", c.file(), text));
                }
                dates.put(event, date);
            }
        }
        String note = c.get("note");
        if (c.nominee() || !dates.containsKey("arrived") && !dates.containsKey("started") && note != null
                && NEVER_TOOK_EFFECT.matcher(note).find()) {
            return RowResult.skip(c.line(), SkipReason.NOT_IN_POST);
        }
        Role role = ROLES.get(c.get("role-title-id"));
        if (role == null) {
            return RowResult.malformed(c.line(), "role-title-id", Localization.text("import.pocom.badRole", c.file(),
                    c.get("role-title-id")));
        }
        PartialDate from = dates.getOrDefault("started", dates.getOrDefault("arrived", dates.get("appointed")));
        if (from == null) {
            return RowResult.skip(c.line(), SkipReason.NO_START_DATE);
        }
        PartialDate to = dates.get("ended");
        String territory = c.get("contemporary-territory-id");
        String code = HsgCountryIds.code(territory, from.firstDay());
        String extraNote = null;
        LocalDate periodEnd = HsgCountryIds.lastDayOfPeriod(territory, from.firstDay());
        if (periodEnd != null && to != null && to.lastDay().isAfter(periodEnd)) {
            // In post when the state ended (Strauss, Moscow, 1991): the successor's from its first day.
            PartialDate began = from;
            Country ended = Countries.lookup(code);
            from = PartialDate.of(periodEnd.plusDays(1));
            code = HsgCountryIds.code(territory, from.firstDay());
            extraNote = Localization.text("import.pocom.statePart", began.toString(), ended.label(),
                    periodEnd.toString(), Countries.lookup(code).label(), from.toString());
        } else if ("china".equals(territory) && !from.firstDay().isBefore(TAIPEI_FIRST)
                && !from.firstDay().isAfter(TAIPEI_LAST) && role.rank() != MissionRank.INTERESTS_SECTION) {
            code = "TW"; // the Republic of China, resident at Taipei; the liaison office in Beijing stays China's
        }
        if (code == null) {
            return RowResult.skip(c.line(), SkipReason.UNKNOWN_COUNTRY);
        }
        if (code.equals(HsgCountryIds.NOT_A_STATE)) {
            return RowResult.skip(c.line(), SkipReason.NOT_A_STATE);
        }
        Country receiving;
        try {
            receiving = Countries.lookup(code);
        } catch (UnknownCountryException e) {
            return RowResult.skip(c.line(), SkipReason.UNKNOWN_COUNTRY); // Kosovo: XK is not in the JDK's list
        }
        if (receiving.equals(US)) {
            return RowResult.skip(c.line(), SkipReason.SAME_COUNTRY);
        }
        String personId = c.get("person-id");
        if (!ID.matcher(personId).matches()) {
            return RowResult.malformed(c.line(), "person-id", Localization.text("import.pocom.badId", c.file(), personId));
        }
        if (c.people() == null) {
            return RowResult.malformed(c.line(), "person-id", Localization.text("import.pocom.noPeople", c.file()));
        }
        Path person = c.people().resolve(personId.substring(0, 1)).resolve(personId + ".xml");
        Optional<String> head;
        try {
            head = name(person);
        } catch (ImportException e) {
            return RowResult.malformed(c.line(), "person-id", e.getMessage());
        }
        if (head.isEmpty()) {
            return RowResult.malformed(c.line(), "person-id", Localization.text("import.pocom.noPerson", c.file(),
                    "people/" + personId.charAt(0) + "/" + personId + ".xml"));
        }
        String endNote = c.get("ended.note");
        try {
            return RowResult.mission(c.line(), new Mission(0, US, receiving, head.get(), role.title(), role.rank(), from,
                    to, to == null ? null : end(endNote), notes(c, extraNote), List.of(new Source(PUBLICATION,
                    SOURCE_TITLE, null, PEOPLE_URL + personId, null, null, null)),
                    new Provenance(Provenance.Origin.DATASET_IMPORT, DATASET, c.file(), c.get("id"), null), null, null));
        } catch (IllegalArgumentException e) {
            return RowResult.malformed(c.line(), "ended", e.getMessage());
        }
    }

    /** The person's name, "Forename Surname, Jr.", read once per file; empty when the file is missing. */
    private Optional<String> name(Path file) {
        Optional<String> known = names.get(file);
        if (known != null) {
            return known;
        }
        Optional<String> name = Files.isRegularFile(file) ? Optional.ofNullable(readName(file)) : Optional.empty();
        names.put(file, name);
        return name;
    }

    private static String readName(Path file) {
        String shown = "people/" + file.getParent().getFileName() + "/" + file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = HsgRows.factory().createXMLStreamReader(in, "UTF-8");
            Map<String, String> parts = new HashMap<>();
            StringBuilder text = new StringBuilder();
            boolean inName = false;
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new ImportException(shown, x.getLocation().getLineNumber(), null,
                                Localization.text("import.pocom.dtd"));
                    } else if (ev == XMLStreamConstants.START_ELEMENT) {
                        inName |= x.getLocalName().equals("persName");
                        text.setLength(0);
                    } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                        text.append(x.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        if (x.getLocalName().equals("persName")) {
                            break;
                        }
                        if (inName) {
                            String value = HsgRows.collapse(text.toString());
                            if (value != null) {
                                parts.putIfAbsent(x.getLocalName(), value);
                            }
                        }
                        text.setLength(0);
                    }
                }
            } finally {
                x.close();
            }
            String name = String.join(" ", Stream.of(parts.get("forename"), parts.get("surname"))
                    .filter(p -> p != null).toList());
            if (parts.get("genName") != null) {
                name = name + ", " + parts.get("genName");
            }
            return name.isBlank() ? null : name;
        } catch (XMLStreamException e) {
            throw new ImportException(shown, e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), null,
                    Localization.text("import.hsg.notXml", String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, a real date; null otherwise. */
    private static PartialDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * How a tenure ended, from the end's note ("Left post on", "Presented recall on", "Died at post
     * on", "Declared persona non grata by …", "Mexico severed diplomatic relations …"); the first
     * rule that matches wins. No note: not said (null).
     */
    static MissionEnd end(String note) {
        if (note == null) {
            return null;
        }
        String n = note.toLowerCase(Locale.ROOT);
        if (n.contains("sever") || n.contains("broke relations") || n.contains("relations interrupted")
                || n.contains("suspension of relations") || n.contains("declared war")
                || n.contains("relations") && (n.contains("suspend") || n.contains("no further"))
                || n.contains("requested passports") || n.contains("refused to have further")) {
            return MissionEnd.RELATIONS_SEVERED;
        }
        if (n.contains("closed") || n.contains("withdrawn") || n.contains("suspended operations")
                || n.contains("terminated") && !n.contains("appointment")) {
            return MissionEnd.MISSION_CLOSED;
        }
        if (n.contains("persona non grata") || n.contains("expelled") || n.contains("recall requested by")
                || n.contains("at the request of")) {
            return MissionEnd.EXPELLED;
        }
        if (n.contains("died") || n.contains("assassinated") || n.contains("killed")) {
            return MissionEnd.DIED;
        }
        if (n.contains("superseded") || n.contains("promoted") || n.contains("recommissioned")
                || n.contains("reaccredited") || n.contains("presented credentials as")) {
            return MissionEnd.SUPERSEDED;
        }
        if (n.matches(".*\\brecalled\\b.*")) {
            return MissionEnd.RECALLED;
        }
        if (n.contains("left") || n.contains("departed") || n.contains("departure") || n.contains("relinquished")
                || n.contains("recall") || n.contains("farewell") || n.contains("final interview")) {
            return MissionEnd.LEFT_POST;
        }
        return MissionEnd.OTHER;
    }

    /** The chief's note, then each event's note with its date ("Left post on 1814-04-28"), one a line. */
    private static String notes(Chief c, String extra) {
        List<String> lines = new ArrayList<>();
        if (c.get("note") != null) {
            lines.add(c.get("note"));
        }
        for (String event : EVENTS) {
            String note = c.get(event + ".note");
            String date = c.get(event + ".date");
            if (note != null) {
                String n = note.endsWith(".") ? note.substring(0, note.length() - 1) : note;
                lines.add(date == null ? note : ENDS_WITH_PREPOSITION.matcher(n).matches() ? n + " " + date
                        : n + " (" + date + ")");
            }
        }
        if (extra != null) {
            lines.add(extra);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static Map<String, Role> roles() {
        Map<String, Role> map = new HashMap<>();
        try (InputStream in = PocomRows.class.getResourceAsStream("/hsg/pocom-roles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hsg/pocom-roles.tsv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    map.put(parts[0].trim(), new Role(MissionRank.fromCode(parts[1].trim()), parts[2].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
