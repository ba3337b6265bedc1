package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Office of the Historian's travels and visits (issue 17), counted against the XML read with DOM. */
class HsgImportTest {
    private static final Path BLINKEN = Fixtures.file("hsg/travels/blinken-antony-j.xml");
    private static final Path NIXON = Fixtures.file("hsg/travels/nixon-richard-m.xml");
    private static final Path VISITS_1950 = Fixtures.file("hsg/visits/1950.xml");
    /** Premier Khrushchev's visit of 1959-09-15, "from" {@code russia}, written U.S.S.R. */
    private static final String KHRUSHCHEV_1959 = "2385";

    @TempDir
    Path dir;

    private static List<Element> records(Path file, String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        NodeList list = doc.getElementsByTagName(name);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String child(Element e, String name) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    private static String countryId(Element e, String name) {
        return ((Element) e.getElementsByTagName(name).item(0)).getAttribute("id");
    }

    private static ImportReport run(Path file, CollectingStore store) {
        return new DataImport().run(file, ImportFormat.AUTO, false, (r, d, t) -> { }, () -> false, store);
    }

    @Test
    void blinkensTripsAreMinisterLevelVisitsAndTheRepeatedOnesMerge() throws Exception {
        List<Element> trips = records(BLINKEN, "trip");
        Set<String> distinct = new HashSet<>();
        for (Element t : trips) {
            distinct.add(child(t, "name") + "|" + child(t, "start-date") + "|" + child(t, "end-date") + "|"
                    + countryId(t, "country"));
        }
        long notStates = trips.stream().filter(t -> Set.of("antarctica", "west-bank", "palestinian-authority")
                .contains(countryId(t, "country"))).count();
        CollectingStore store = new CollectingStore();
        ImportReport report = run(BLINKEN, store);

        assertThat(report.format()).isEqualTo(ImportFormat.HSG_TRAVELS);
        assertThat(report.rows()).isEqualTo(trips.size());
        assertThat(report.skipped(SkipReason.REPEATED_IN_SOURCE)).isEqualTo(trips.size() - distinct.size());
        assertThat(report.skipped(SkipReason.NOT_A_STATE)).isEqualTo(notStates);
        assertThat(report.imported()).isEqualTo(distinct.size() - notStates - report.skipped(SkipReason.UNKNOWN_COUNTRY));
        assertThat(report.imported() + report.alreadyPresent() + report.skipped()).isEqualTo(report.rows());
        assertThat(store.contacts).allSatisfy(c -> {
            assertThat(c.a().country().alpha2()).isEqualTo("US");
            assertThat(c.a().level()).isEqualTo(Level.MINISTER);
            assertThat(c.a().portfolio()).isEqualTo("foreign affairs");
            assertThat(c.mode()).isEqualTo(Mode.VISIT);
            assertThat(c.status()).isEqualTo(Status.HELD);
        });

        List<Contact> china = store.contacts.stream().filter(c -> c.b().country().alpha2().equals("CN")
                && c.date().toString().equals("2023-06-17")).toList();
        assertThat(china).hasSize(1);
        assertThat(china.get(0).endDate().toString()).isEqualTo("2023-06-19");
        assertThat(china.get(0).participants().get(0).name()).isEqualTo("Antony John Blinken");
        assertThat(china.get(0).participants().get(0).title()).isEqualTo("Secretary of State");
        assertThat(store.contacts).anySatisfy(c -> assertThat(c.provenance().eventId()).isEqualTo("3992+4019"));
    }

    @Test
    void aFolderOfTravelsIsOneImportOfEveryTripInItsFilesAndPassesOverTheRest() throws Exception {
        Path travels = dir.resolve("travels");
        Files.createDirectories(travels.resolve("president-travels"));
        Files.createDirectories(travels.resolve("secretary-travels"));
        Files.createDirectories(travels.resolve("code-tables"));
        Files.copy(NIXON, travels.resolve("president-travels/nixon-richard-m.xml"));
        Files.copy(BLINKEN, travels.resolve("secretary-travels/blinken-antony-j.xml"));
        Files.writeString(travels.resolve("code-tables/travel-role-codes.xml"),
                "<?xml version=\"1.0\"?>\n<travel-roles><role><id>president</id></role></travel-roles>\n");
        int trips = records(NIXON, "trip").size() + records(BLINKEN, "trip").size();

        CollectingStore all = new CollectingStore();
        ImportReport report = run(travels, all);
        CollectingStore nixon = new CollectingStore();
        CollectingStore blinken = new CollectingStore();
        long oneByOne = run(NIXON, nixon).imported() + run(BLINKEN, blinken).imported();

        assertThat(report.format()).isEqualTo(ImportFormat.HSG_TRAVELS);
        assertThat(report.rows()).as("every trip of both files, nothing of the code table").isEqualTo(trips);
        assertThat(report.imported()).isEqualTo(oneByOne);
        assertThat(report.imported() + report.alreadyPresent() + report.skipped()).isEqualTo(report.rows());
        assertThat(all.contacts).extracting(c -> c.provenance().eventId()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(nixon.contacts.stream(), blinken.contacts.stream())
                        .map(c -> c.provenance().eventId()).toList());
        assertThat(all.contacts).extracting(c -> c.provenance().file()).contains(
                "nixon-richard-m.xml", "blinken-antony-j.xml");
    }

    @Test
    void nixonIsHeadOfStateAndTheSovietUnionIsNotRussia() throws Exception {
        List<Element> trips = records(NIXON, "trip");
        long soviet = trips.stream().filter(t -> child(t, "country").equals("U.S.S.R.")).count();
        Set<String> sovietIds = new HashSet<>();
        trips.stream().filter(t -> child(t, "country").equals("U.S.S.R.")).forEach(t -> sovietIds.add(child(t, "id")));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(NIXON, store);
        assertThat(soviet).isPositive();
        assertThat(report.imported() + report.skipped()).isEqualTo(trips.size());
        assertThat(store.contacts).allSatisfy(c -> assertThat(c.a().level()).isEqualTo(Level.HEAD_OF_STATE));
        assertThat(store.contacts).noneSatisfy(c -> assertThat(c.b().country().alpha2()).isEqualTo("RU"));
        // Nixon's trips to the U.S.S.R. (1972, 1974) are the Soviet Union's, a country of its own.
        assertThat(store.contacts.stream().filter(c -> c.b().country().alpha2().equals("SU"))
                .map(c -> c.provenance().eventId()).toList()).containsExactlyInAnyOrderElementsOf(sovietIds);
    }

    @Test
    void visitsReadTheLevelFromTheTitleAndReimportAddsNothing() throws Exception {
        List<Element> visits = records(VISITS_1950, "visit");
        try (Database db = Database.open(dir.resolve("hsg.db"), List::of)) {
            ImportReport first = new DataImport().run(VISITS_1950, ImportFormat.AUTO, false, (r, d, t) -> { },
                    () -> false, c -> db.contacts().importAll(c, () -> false));
            assertThat(first.format()).isEqualTo(ImportFormat.HSG_VISITS);
            assertThat(first.rows()).isEqualTo(visits.size());
            assertThat(first.imported() + first.skipped()).isEqualTo(visits.size());
            int count = db.contacts().count();
            ImportReport again = new DataImport().run(VISITS_1950, ImportFormat.AUTO, false, (r, d, t) -> { },
                    () -> false, c -> db.contacts().importAll(c, () -> false));
            assertThat(again.imported()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(first.imported());
            assertThat(db.contacts().count()).isEqualTo(count);
        }
        CollectingStore store = new CollectingStore();
        run(VISITS_1950, store);
        Contact menzies = store.contacts.stream().filter(c -> c.provenance().eventId().equals("2274")).findFirst()
                .orElseThrow();
        assertThat(menzies.a().country().alpha2()).isEqualTo("AU");
        assertThat(menzies.b().country().alpha2()).isEqualTo("US");
        assertThat(menzies.a().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        Contact khrushchev = store.contacts.stream().filter(c -> c.provenance().eventId().equals(KHRUSHCHEV_1959))
                .findFirst().orElseThrow();
        assertThat(khrushchev.dyad().code()).as("the Soviet Union's, not Russia's").isEqualTo("SU-US");
        assertThat(khrushchev.a().country().name()).isEqualTo("Soviet Union");
        assertThat(khrushchev.a().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(khrushchev.date().toString()).isEqualTo("1959-09-15");
        assertThat(HsgRows.visitorLevel("King Hussein")).isEqualTo(Level.HEAD_OF_STATE);
        assertThat(HsgRows.visitorLevel("Vice President Nixon")).isEqualTo(Level.UNKNOWN);
        assertThat(HsgRows.visitorLevel("Foreign Minister Smith")).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void aBadDateNamesFileLineAndFieldAndStrictImportsNothing() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, """
                <?xml version="1.0" encoding="UTF-8"?>
                <trips>
                    <trip role="secretary" who="x">
                        <id>1</id>
                        <role>secretary</role>
                        <name>A Secretary</name>
                        <start-date>2021-02-30</start-date>
                        <country id="japan">Japan</country>
                    </trip>
                </trips>
                """, StandardCharsets.UTF_8);
        CollectingStore store = new CollectingStore();
        ImportReport report = run(bad, store);
        assertThat(report.skipped(SkipReason.MALFORMED)).isEqualTo(1);
        assertThat(report.problems().get(0).line()).isEqualTo(3);
        assertThat(report.problems().get(0).field()).isEqualTo("start-date");
        assertThat(report.problems().get(0).message()).contains("bad.xml").contains("2021-02-30");
        try (Database db = Database.open(dir.resolve("strict.db"), List::of)) {
            assertThatThrownBy(() -> new DataImport().run(bad, ImportFormat.HSG_TRAVELS, true, (r, d, t) -> { },
                    () -> false, c -> db.contacts().importAll(c, () -> false)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.file()).isEqualTo("bad.xml");
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.field()).isEqualTo("start-date");
                    });
            assertThat(db.contacts().count()).isZero();
        }
    }

    @Test
    void anExternalEntityIsNotRead() throws IOException {
        Path hostile = dir.resolve("hostile.xml");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE trips [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<trips><trip role=\"president\"><id>1</id><role>president</role><name>&x;</name>"
                + "<start-date>2000-01-01</start-date><country id=\"japan\">Japan</country></trip></trips>\n");
        CollectingStore store = new CollectingStore();
        try {
            run(hostile, store);
        } catch (ImportException e) {
            return; // refused: fine
        }
        assertThat(store.contacts).allSatisfy(c -> assertThat(c.participants().toString()).doesNotContain("root:"));
    }
}
