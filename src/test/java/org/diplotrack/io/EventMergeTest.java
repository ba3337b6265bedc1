package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge of reports into contacts (decision 0025) on the real samples. The expected grouping
 * is worked out here from the raw rows with the rules typed again: same unordered pair, day and
 * status; visits, hosted visits, third-location meetings and negotiations one meeting, calls
 * another, statements a third; an unspecified consult or mediation joins the day's meeting, else
 * its call, else stands alone; and only rows that name the same two people join across passages
 * (a row naming no one on a side joins only the rows of its own sentence or article).
 */
class EventMergeTest {
    @TempDir
    Path dir;

    /** A kept row: its identity ("day/event id"), its bucket and its form family. */
    private record Row(String id, String bucket, char family) {
    }

    private static char family(String code) {
        return switch (code.substring(0, 3)) {
            case "042", "043", "044", "046" -> 'I';
            case "041" -> 'R';
            case "036", "125" -> 'S';
            default -> 'U'; // 040 consult, 045 mediate
        };
    }

    private static String status(String code) {
        return switch (code.substring(0, 3)) {
            case "036" -> "proposed";
            case "125" -> "declined";
            default -> "held";
        };
    }

    /** Actors that are people, not a country, a generic role ("Envoy (North Korea)") or a body. */
    private static final java.util.regex.Pattern BODY = java.util.regex.Pattern.compile("\\b(?:Office|Ministry"
            + "|Department|Forces|Army|Navy|Police|Service|Council|Commission|Committee|Congress|Parliament|Assembly"
            + "|Court|Agency|Administration|Government|Bank|Party)\\b");

    static boolean icewsPerson(String name, String sectors) {
        if (name.equals("NA") || name.matches(".* \\(.*\\)")) {
            return false;
        }
        if (sectors.equals("NA") && FixtureCounts.icewsCountry(name) != null) {
            return false;
        }
        return !BODY.matcher(name).find();
    }

    /** The same two people in either order and any case; else the same two actors in one passage. */
    private static String principals(String a, String b, boolean people, String passage) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        String actors = x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
        return people ? "people|" + actors : "passage|" + passage + "|" + actors;
    }

    private static String bucket(String a, String b, String day, String code) {
        return (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + "|" + day + "|" + status(code);
    }

    /** The kept ICEWS rows; those of a multilateral sentence join only that meeting's reports. */
    static List<Row> icewsRows(List<String[]> rows) {
        Map<String, String> meetings = FixtureCounts.icewsMultilateral(rows);
        List<Row> kept = new ArrayList<>();
        for (String[] f : rows) {
            if (FixtureCounts.icewsRow(f) == null) {
                String setting = meetings.containsKey(f[0]) ? "multilateral: " + meetings.get(f[0]) : "bilateral";
                String who = principals(f[2], f[8], icewsPerson(f[2], f[3]) && icewsPerson(f[8], f[9]),
                        f[11] + "/" + f[12]);
                kept.add(new Row(f[1] + "/" + f[0], bucket(FixtureCounts.icewsCountry(f[2], f[4]),
                        FixtureCounts.icewsCountry(f[8], f[10]), f[1], f[6]) + "|" + setting + "|" + who, family(f[6])));
            }
        }
        return kept;
    }

    static List<Row> gdeltRows(List<String[]> rows) {
        List<Row> kept = new ArrayList<>();
        for (String[] f : rows) {
            if (FixtureCounts.gdeltRow(f) == null) {
                String day = f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "-" + f[1].substring(6);
                String who = principals(f[6], f[16], FixtureCounts.gdeltLeader(f, 5) && FixtureCounts.gdeltLeader(f, 15),
                        f[f.length - 1]);
                kept.add(new Row(day + "/" + f[0], bucket(FixtureCounts.iso3().get(f[7]),
                        FixtureCounts.iso3().get(f[17]), day, f[26]) + "|" + who, family(f[26])));
            }
        }
        return kept;
    }

    /** The expected contacts, each as the set of its rows' identities. */
    static Set<Set<String>> expectedGroups(List<Row> rows) {
        Map<String, Map<Character, Set<String>>> buckets = new LinkedHashMap<>();
        for (Row r : rows) {
            buckets.computeIfAbsent(r.bucket(), k -> new HashMap<>()).computeIfAbsent(r.family(), k -> new TreeSet<>())
                    .add(r.id());
        }
        Set<Set<String>> groups = new HashSet<>();
        for (Map<Character, Set<String>> families : buckets.values()) {
            Set<String> unspecified = families.remove('U');
            if (unspecified != null) {
                Set<String> target = families.containsKey('I') ? families.get('I') : families.get('R');
                if (target != null) {
                    target.addAll(unspecified);
                } else {
                    families.put('U', unspecified);
                }
            }
            groups.addAll(families.values());
        }
        return groups;
    }

    /** The contacts on record, each as the set of its reports' identities. */
    private static Set<Set<String>> actualGroups(Database db) {
        Set<Set<String>> groups = new HashSet<>();
        for (Contact c : db.contacts().find(ContactFilter.ALL)) {
            if (c.provenance().origin() == Provenance.Origin.DATASET_IMPORT) {
                Set<String> ids = new TreeSet<>();
                for (Report r : c.reports()) {
                    ids.add(r.date() + "/" + r.eventId());
                }
                groups.add(ids);
            }
        }
        return groups;
    }

    private static ImportReport importFile(Database db, Path file, boolean merge) {
        return new DataImport().run(file, ImportFormat.AUTO, false, ImportProgress.NONE, () -> false,
                contacts -> db.contacts().importAll(contacts, merge, () -> false));
    }

    @Test
    void icewsRowsGroupAsTheRulesTypedAgainGroupThem() {
        List<String[]> raw = FixtureCounts.rows(Fixtures.icews());
        Set<Set<String>> expected = expectedGroups(icewsRows(raw.subList(1, raw.size())));
        try (Database db = Database.open(dir.resolve("icews.db"), List::of)) {
            ImportReport report = importFile(db, Fixtures.icews(), true);
            assertThat(report.contacts()).isEqualTo(expected.size());
            assertThat(expected.size()).isLessThan((int) report.imported() / 2); // ICEWS codes most meetings twice
            assertThat(actualGroups(db)).isEqualTo(expected);

            ImportReport again = importFile(db, Fixtures.icews(), true);
            assertThat(again.contacts()).isZero();
            assertThat(again.joined()).isZero();
            assertThat(db.contacts().count()).isEqualTo(expected.size());
        }
    }

    @Test
    void gdeltRowsGroupAsTheRulesTypedAgainGroupThem() {
        Set<Set<String>> expected = expectedGroups(gdeltRows(FixtureCounts.rows(Fixtures.gdelt2())));
        try (Database db = Database.open(dir.resolve("gdelt.db"), List::of)) {
            ImportReport report = importFile(db, Fixtures.gdelt2(), true);
            assertThat(report.contacts()).isEqualTo(expected.size());
            assertThat(actualGroups(db)).isEqualTo(expected);
        }
    }

    @Test
    void aLaterFilesReportsJoinTheContactsOnRecord() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.icews(), StandardCharsets.UTF_8);
        int half = lines.size() / 2;
        while (sentence(lines.get(half)).equals(sentence(lines.get(half - 1)))) {
            half++; // a sentence is read whole: its pairs tell a multilateral meeting
        }
        Path first = dir.resolve("first.tab");
        Path second = dir.resolve("second.tab");
        Files.write(first, lines.subList(0, half), StandardCharsets.UTF_8);
        List<String> rest = new ArrayList<>(List.of(lines.get(0)));
        rest.addAll(lines.subList(half, lines.size()));
        Files.write(second, rest, StandardCharsets.UTF_8);
        List<String[]> raw = FixtureCounts.rows(Fixtures.icews());
        Set<Set<String>> whole = expectedGroups(icewsRows(raw.subList(1, raw.size())));
        try (Database db = Database.open(dir.resolve("halves.db"), List::of)) {
            importFile(db, first, true);
            long before = db.contacts().count();
            ImportReport later = importFile(db, second, true);
            assertThat(later.joined()).as("contacts on record that took reports").isPositive();
            assertThat(db.contacts().count()).isEqualTo(before + later.contacts());
            assertThat(actualGroups(db)).isEqualTo(whole);
        }
    }

    private static String sentence(String line) {
        String[] f = line.split("\t", -1);
        return f[11] + "/" + f[12];
    }

    @Test
    void icewsSentencesThatJoinEveryPairOfThreeOrMoreCountriesAreMultilateral() {
        List<String[]> raw = FixtureCounts.rows(Fixtures.icews());
        Map<String, String> expected = FixtureCounts.icewsMultilateral(raw.subList(1, raw.size()));
        assertThat(new TreeSet<>(expected.values())).as("the meetings data-quality.md names (pattern 8)").contains(
                "Brazil, China, India, Russia, South Africa", "France, Germany, Russia, Ukraine",
                "France, Germany, United Kingdom", "Japan, South Korea, United States");
        try (Database db = Database.open(dir.resolve("multi.db"), List::of)) {
            importFile(db, Fixtures.icews(), false);
            Map<String, String> actual = new HashMap<>();
            for (Contact c : db.contacts().find(ContactFilter.ALL)) {
                if (c.setting().kind() == org.diplotrack.model.Setting.Kind.MULTILATERAL) {
                    actual.put(c.provenance().eventId(), c.setting().event());
                }
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void mergeNoneKeepsOneContactPerRow() {
        List<String[]> raw = FixtureCounts.rows(Fixtures.icews());
        Set<String> kept = new HashSet<>();
        icewsRows(raw.subList(1, raw.size())).forEach(r -> kept.add(r.id()));
        try (Database db = Database.open(dir.resolve("none.db"), List::of)) {
            ImportReport report = importFile(db, Fixtures.icews(), false);
            assertThat(report.contacts()).isEqualTo(kept.size());
            Set<Set<String>> groups = actualGroups(db);
            assertThat(groups).hasSize(kept.size()).allSatisfy(g -> assertThat(g).hasSize(1));
        }
    }
}
