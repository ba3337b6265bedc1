package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Missions;
import org.diplotrack.model.Provenance;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Office of the Historian's chiefs of mission (issue 17, part 2), counted against the XML read
 * with DOM, not with the importer's code: every chief is a row; nominees never served; the
 * Soviet Union (under {@code russia}, 1922-12-30 to 1991-12-25), Czechoslovakia and Kosovo (no
 * ISO code in the JDK) are skipped; a chief with no date to begin from is skipped.
 */
class PocomImportTest {
    private static final Path POCOM = Fixtures.file("hsg/pocom");
    private static final Path RUSSIA = Fixtures.file("hsg/pocom/missions-countries/russia.xml");
    private static final Country US = Countries.lookup("US");
    private static final Country RU = Countries.lookup("RU");

    @TempDir
    Path dir;

    /** One chief as DOM reads it: whether a nominee, its file and its child elements' texts ("ended/date"). */
    private record Chief(String file, boolean nominee, Map<String, String> fields) {
        String get(String name) {
            return fields.getOrDefault(name, "");
        }

        String from() {
            return !get("started/date").isEmpty() ? get("started/date")
                    : !get("arrived/date").isEmpty() ? get("arrived/date") : get("appointed/date");
        }
    }

    private static List<Chief> chiefs(Path folder) throws Exception {
        List<Chief> all = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder.resolve("missions-countries"))) {
            files = list.sorted().toList();
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path file : files) {
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            NodeList list = doc.getElementsByTagName("chief");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                Map<String, String> fields = new HashMap<>();
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element child) {
                        fields.put(child.getTagName(), child.getTextContent().strip());
                        for (Node g = child.getFirstChild(); g != null; g = g.getNextSibling()) {
                            if (g instanceof Element grand) {
                                fields.put(child.getTagName() + "/" + grand.getTagName(), grand.getTextContent().strip());
                            }
                        }
                    }
                }
                boolean nominee = ((Element) e.getParentNode()).getTagName().equals("other-nominees");
                all.add(new Chief(file.getFileName().toString(), nominee, fields));
            }
        }
        return all;
    }

    private static boolean soviet(Chief c) {
        String from = c.from();
        String to = c.get("ended/date");
        return c.get("contemporary-territory-id").equals("russia") && from.compareTo("1922-12-30") >= 0
                && from.compareTo("1991-12-25") <= 0 && !to.isEmpty() && to.compareTo("1991-12-25") <= 0;
    }

    private static ImportReport run(Path file, CollectingMissions store) {
        return new DataImport().run(file, ImportFormat.AUTO, false, (r, d, t) -> { }, () -> false,
                c -> { throw new AssertionError("no contacts here"); }, store);
    }

    /** The head's name as the person file writes it, read with DOM. */
    private static String name(String personId) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(POCOM.resolve("people").resolve(personId.substring(0, 1))
                .resolve(personId + ".xml").toFile());
        return doc.getElementsByTagName("forename").item(0).getTextContent().strip() + " "
                + doc.getElementsByTagName("surname").item(0).getTextContent().strip();
    }

    @Test
    void everyChiefIsAccountedForAndTheCountsAreTheXmlsOwn() throws Exception {
        List<Chief> chiefs = chiefs(POCOM);
        long nominees = chiefs.stream().filter(Chief::nominee).count();
        List<Chief> served = chiefs.stream().filter(c -> !c.nominee()).toList();
        long noStart = served.stream().filter(c -> c.from().isEmpty()).count();
        List<Chief> dated = served.stream().filter(c -> !c.from().isEmpty()).toList();
        long soviet = dated.stream().filter(PocomImportTest::soviet).count();
        long czechoslovak = dated.stream().filter(c -> c.get("contemporary-territory-id").startsWith("czechoslovakia"))
                .count();
        long kosovo = dated.stream().filter(c -> c.get("contemporary-territory-id").equals("kosovo")).count();
        Set<String> distinct = new HashSet<>();
        long repeated = dated.stream().filter(c -> !distinct.add(c.file() + c.get("id") + c.get("person-id")
                + c.get("role-title-id") + c.from())).count();
        List<Chief> countable = dated;
        long ambassadors = countable.stream().filter(c -> c.get("role-title-id").equals("ambassador-e-p")).count()
                - repeated; // the repeated chief is an ambassador
        long interim = countable.stream().filter(c -> c.get("role-title-id").equals("charge-daffaires-ad-interim")
                || c.get("role-title-id").equals("charge-daffaires-pro-tem")).count();
        assertThat(nominees).isPositive();
        assertThat(noStart).isPositive();
        assertThat(soviet).isPositive();
        assertThat(czechoslovak).isPositive();
        assertThat(repeated).isEqualTo(1); // tr-2014-bass-01

        CollectingMissions store = new CollectingMissions();
        ImportReport report = run(POCOM, store);
        assertThat(report.format()).isEqualTo(ImportFormat.HSG_POCOM);
        assertThat(report.rows()).isEqualTo(chiefs.size());
        assertThat(report.skipped(SkipReason.NOT_IN_POST)).isEqualTo(nominees);
        assertThat(report.skipped(SkipReason.NO_START_DATE)).isEqualTo(noStart);
        assertThat(kosovo).isPositive();
        assertThat(report.skipped(SkipReason.UNKNOWN_COUNTRY)).as("Kosovo is a country (XK, decision 0023)").isZero();
        assertThat(report.skipped(SkipReason.REPEATED_IN_SOURCE)).isEqualTo(repeated);
        assertThat(report.skipped(SkipReason.MALFORMED)).isZero();
        long imported = chiefs.size() - nominees - noStart - repeated;
        assertThat(report.imported()).isEqualTo(imported);
        assertThat(store.missions).hasSize((int) imported);
        assertThat(store.missions.stream().filter(m -> m.receiving().alpha2().equals("XK")).count()).isEqualTo(kosovo);
        // Former states are countries of their own (decision 0024), never their successors.
        assertThat(store.missions.stream().filter(m -> m.receiving().alpha2().equals("SU")).count()).isEqualTo(soviet);
        assertThat(store.missions.stream().filter(m -> m.receiving().alpha2().equals("CS")).count())
                .isEqualTo(czechoslovak);
        assertThat(report.imported() + report.alreadyPresent() + report.skipped()).isEqualTo(report.rows());
        assertThat(store.missions.stream().filter(m -> m.rank() == MissionRank.AMBASSADOR).count()).isEqualTo(ambassadors);
        assertThat(store.missions.stream().filter(m -> m.rank() == MissionRank.CHARGE_AD_INTERIM).count())
                .isEqualTo(interim);
        assertThat(store.missions).allSatisfy(m -> {
            assertThat(m.sending()).isEqualTo(US);
            assertThat(m.head()).isNotBlank();
            assertThat(m.provenance().origin()).isEqualTo(Provenance.Origin.DATASET_IMPORT);
            assertThat(m.provenance().dataset()).isEqualTo(PocomRows.DATASET);
            assertThat(m.sources()).singleElement().satisfies(s -> assertThat(s.url())
                    .startsWith("https://history.state.gov/departmenthistory/people/"));
        });
        assertThat(report.toText()).contains("appointment that never took effect");

        // the folder of the files alone reads the same
        CollectingMissions again = new CollectingMissions();
        assertThat(run(POCOM.resolve("missions-countries"), again).imported()).isEqualTo(imported);
        assertThat(again.missions).isEqualTo(store.missions);
    }

    @Test
    void spotChecksAResearcherWouldMake() throws Exception {
        CollectingMissions store = new CollectingMissions();
        ImportReport report = run(RUSSIA, store);
        assertThat(report.rows()).isEqualTo(chiefs(POCOM).stream().filter(c -> c.file().equals("russia.xml")).count());
        List<Mission> all = store.missions;

        Mission moscow2022 = Missions.inPost(all, US, RU, LocalDate.of(2022, 1, 29)).orElseThrow();
        assertThat(moscow2022.rank()).isEqualTo(MissionRank.AMBASSADOR);
        assertThat(moscow2022.head()).isEqualTo(name("sullivan-john-j"));
        assertThat(moscow2022.title()).isEqualTo("Ambassador Extraordinary and Plenipotentiary");
        assertThat(moscow2022.from().toString()).isEqualTo("2020-01-16"); // arrived: no credentials on record
        assertThat(moscow2022.to()).isNull();

        // the Soviet Union is not Russia; the ambassador in post when it ended is Russia's from 1991-12-26
        assertThat(Missions.inPost(all, US, RU, LocalDate.of(1960, 1, 1))).isEmpty();
        Mission thompson = Missions.inPost(all, US, Countries.lookup("SU"), LocalDate.of(1960, 1, 1)).orElseThrow();
        assertThat(thompson.head()).contains("Thompson");
        Mission strauss = Missions.inPost(all, US, RU, LocalDate.of(1992, 6, 1)).orElseThrow();
        assertThat(strauss.head()).isEqualTo(name("strauss-robert-schwarz"));
        assertThat(strauss.from().toString()).isEqualTo("1991-12-26");
        assertThat(strauss.notes()).contains("1991-08-24");

        // a declined appointment is no mission: Mahlon Dickerson, 1834
        assertThat(all).noneSatisfy(m -> assertThat(m.provenance().eventId()).isEqualTo("ru-1834-dick-01"));
        assertThat(all).noneSatisfy(m -> assertThat(m.head()).isEqualTo(name("dickerson-mahlon")));

        Mission adams = all.stream().filter(m -> m.provenance().eventId().equals("ru-1809-adam-01")).findFirst()
                .orElseThrow();
        assertThat(adams.from().toString()).isEqualTo("1809-11-05"); // credentials, not the appointment
        assertThat(adams.rank()).isEqualTo(MissionRank.ENVOY);
        assertThat(adams.end()).isEqualTo(MissionEnd.LEFT_POST);
        assertThat(adams.notes()).isEqualTo("Left post on 1814-04-28");
        assertThat(end(all, "ru-1916-fran-01")).isEqualTo(MissionEnd.RELATIONS_SEVERED);
        assertThat(end(all, "ru-1872-orr-01")).isEqualTo(MissionEnd.DIED);
        assertThat(end(all, "ru-1832-buch-01")).isEqualTo(MissionEnd.LEFT_POST); // presented his recall
        assertThat(end(all, "ru-1897-hitc-01")).isEqualTo(MissionEnd.SUPERSEDED); // promoted to ambassador
        assertThat(end(all, "ru-2014-teff-01")).isNull(); // no note: not said
    }

    private static MissionEnd end(List<Mission> all, String id) {
        return all.stream().filter(m -> m.provenance().eventId().equals(id)).findFirst().orElseThrow().end();
    }

    @Test
    void interestsSectionsTaipeiAndARepeatedChief() {
        CollectingMissions store = new CollectingMissions();
        run(POCOM, store);
        List<Mission> all = store.missions;
        Country cn = Countries.lookup("CN");
        Country tw = Countries.lookup("TW");
        Country cu = Countries.lookup("CU");
        assertThat(Missions.inPost(all, US, tw, LocalDate.of(1970, 1, 1))).hasValueSatisfying(m ->
                assertThat(m.rank()).isEqualTo(MissionRank.AMBASSADOR));
        assertThat(Missions.inPost(all, US, cn, LocalDate.of(1970, 1, 1))).isEmpty();
        assertThat(Missions.inPost(all, US, cn, LocalDate.of(1975, 1, 1))).hasValueSatisfying(m -> {
            assertThat(m.rank()).isEqualTo(MissionRank.INTERESTS_SECTION); // the liaison office in Beijing
            assertThat(m.title()).isEqualTo("Chief");
        });
        assertThat(Missions.inPost(all, US, cn, LocalDate.of(1940, 1, 1))).isPresent();
        assertThat(Missions.inPost(all, US, cu, LocalDate.of(1990, 1, 1))).hasValueSatisfying(m ->
                assertThat(m.rank()).isEqualTo(MissionRank.INTERESTS_SECTION));
        assertThat(Missions.inPost(all, US, cu, LocalDate.of(1970, 1, 1))).isEmpty();
        assertThat(all.stream().filter(m -> m.provenance().eventId().equals("tr-2014-bass-01")))
                .singleElement().satisfies(m -> assertThat(m.to().toString()).isEqualTo("2017-10-15"));
    }

    @Test
    void importingAgainAddsNothingAndTheWindowsStoreIsRefusedClearly() {
        try (Database db = Database.open(dir.resolve("pocom.db"), List::of)) {
            DataImport importer = new DataImport();
            ImportReport first = importer.run(POCOM, ImportFormat.AUTO, false, (r, d, t) -> { }, () -> false,
                    c -> db.contacts().importAll(c, () -> false), m -> db.missions().importAll(m, () -> false));
            assertThat(db.missions().count()).isEqualTo(first.imported()).isPositive();
            ImportReport again = importer.run(POCOM.resolve("missions-countries"), ImportFormat.HSG_POCOM, false,
                    (r, d, t) -> { }, () -> false, c -> db.contacts().importAll(c, () -> false),
                    m -> db.missions().importAll(m, () -> false));
            assertThat(again.imported()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(first.imported());
            assertThat(db.missions().count()).isEqualTo(first.imported());
            ImportReport oneFile = importer.run(RUSSIA, ImportFormat.AUTO, false, (r, d, t) -> { }, () -> false,
                    c -> db.contacts().importAll(c, () -> false), m -> db.missions().importAll(m, () -> false));
            assertThat(oneFile.imported()).isZero();
            assertThat(db.contacts().count()).isZero();

            assertThatThrownBy(() -> importer.run(RUSSIA, ImportFormat.AUTO, false, (r, d, t) -> { }, () -> false,
                    c -> db.contacts().importAll(c, () -> false)))
                    .isInstanceOf(ImportException.class).hasMessageContaining("russia.xml")
                    .hasMessageContaining("diplotrack import");
        }
    }

    /** A pocom folder in the temporary directory with one country file and Adams's person file. */
    private Path folder(String countryFile) throws IOException {
        Path root = dir.resolve("pocom");
        Files.createDirectories(root.resolve("missions-countries"));
        Files.createDirectories(root.resolve("people/a"));
        Files.copy(POCOM.resolve("people/a/adams-john-quincy.xml"), root.resolve("people/a/adams-john-quincy.xml"));
        Path file = root.resolve("missions-countries/x.xml");
        Files.writeString(file, countryFile, StandardCharsets.UTF_8);
        return file;
    }

    private static String chief(String id, String person, String started) {
        return """
                        <chief>
                            <id>%s</id>
                            <person-id>%s</person-id>
                            <role-title-id>minister-plenipotentiary</role-title-id>
                            <contemporary-territory-id>russia</contemporary-territory-id>
                            <appointed><date>1809-06-27</date><note/></appointed>
                            <arrived><date/><note/></arrived>
                            <started><date>%s</date><note/></started>
                            <ended><date>1814-04-28</date><note>Left post on</note></ended>
                            <note/>
                        </chief>
                """.formatted(id, person, started);
    }

    private static String mission(String chiefs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<country-mission>\n<territory-id>russia</territory-id>\n"
                + "<chiefs>\n" + chiefs + "</chiefs>\n<other-nominees/>\n</country-mission>\n";
    }

    @Test
    void aMissingFieldIsNamedAndAStrictImportWritesNothing() throws IOException {
        String good = chief("ru-1809-adam-01", "adams-john-quincy", "1809-11-05");
        String noPerson = chief("ru-x-01", "", "1809-11-05");
        String badDate = chief("ru-x-02", "adams-john-quincy", "1809-02-30");
        String traversal = chief("ru-x-03", "../../../etc/passwd", "1809-11-05");
        Path file = folder(mission(good + noPerson + badDate + traversal));

        CollectingMissions store = new CollectingMissions();
        ImportReport report = run(file, store);
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(store.missions).singleElement().satisfies(m -> assertThat(m.head()).isEqualTo("John Quincy Adams"));
        assertThat(report.problems()).extracting(ImportReport.Problem::field)
                .containsExactly("person-id", "started", "person-id");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).contains("x.xml"));
        assertThat(report.problems().get(1).message()).contains("1809-02-30");

        try (Database db = Database.open(dir.resolve("strict.db"), List::of)) {
            assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.AUTO, true, (r, d, t) -> { },
                    () -> false, c -> db.contacts().importAll(c, () -> false),
                    m -> db.missions().importAll(m, () -> false)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.file()).isEqualTo("x.xml");
                        assertThat(e.field()).isEqualTo("person-id");
                        assertThat(e.line()).isPositive();
                    });
            assertThat(db.missions().count()).isZero();
        }
    }

    @Test
    void aDoctypeOrAnEntityIsRefusedAndNothingIsRead() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE country-mission [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + mission(chief("ru-1809-adam-01", "adams-john-quincy", "1809-11-05")).substring(39)
                .replace("<note/>\n                </chief>", "<note>&x;</note>\n                </chief>");
        Path file = folder(xxe);
        try (Database db = Database.open(dir.resolve("xxe.db"), List::of)) {
            assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.AUTO, false, (r, d, t) -> { },
                    () -> false, c -> db.contacts().importAll(c, () -> false),
                    m -> db.missions().importAll(m, () -> false)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.file()).isEqualTo("x.xml");
                        assertThat(e.field()).isEqualTo("DOCTYPE");
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.getMessage()).doesNotContain("root:");
                    });
            assertThat(db.missions().count()).isZero();
        }
        // an entity without a DOCTYPE is not declared: not well-formed, refused
        Files.writeString(file, mission(chief("ru-1809-adam-01", "adams-john-quincy", "1809-11-05"))
                .replace("<territory-id>russia", "<territory-id>&x;russia"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(file, new CollectingMissions())).isInstanceOf(ImportException.class)
                .hasMessageContaining("x.xml");
        // another root is no chiefs of mission
        Files.writeString(file, "<country-missions><chief/></country-missions>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.HSG_POCOM, false, (r, d, t) -> { },
                () -> false, c -> null, new CollectingMissions()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.field()).isEqualTo("country-missions"));
    }

    @Test
    void aFolderThatHoldsNoChiefsIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> run(empty, new CollectingMissions())).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty").hasMessageContaining("missions-countries");
    }

    @Test
    void endNotesSayHowATenureEnded() {
        assertThat(PocomRows.end("Left Bridgetown")).isEqualTo(MissionEnd.LEFT_POST);
        assertThat(PocomRows.end("Presented recall on")).isEqualTo(MissionEnd.LEFT_POST);
        assertThat(PocomRows.end("Had farewell audience")).isEqualTo(MissionEnd.LEFT_POST);
        assertThat(PocomRows.end("Recalled")).isEqualTo(MissionEnd.RECALLED);
        assertThat(PocomRows.end("Declared persona non grata by Government of Bulgaria")).isEqualTo(MissionEnd.EXPELLED);
        assertThat(PocomRows.end("Recall requested by Government of Mexico on")).isEqualTo(MissionEnd.EXPELLED);
        assertThat(PocomRows.end("Cambodia severed diplomatic relations with the United States"))
                .isEqualTo(MissionEnd.RELATIONS_SEVERED);
        assertThat(PocomRows.end("The United Arab Republic broke relations with the United States"))
                .isEqualTo(MissionEnd.RELATIONS_SEVERED);
        assertThat(PocomRows.end("Notified the Government of Peru that relations were suspended on"))
                .isEqualTo(MissionEnd.RELATIONS_SEVERED);
        assertThat(PocomRows.end("Requested passports from Valparaiso")).isEqualTo(MissionEnd.RELATIONS_SEVERED);
        assertThat(PocomRows.end("Legation Oslo closed on")).isEqualTo(MissionEnd.MISSION_CLOSED);
        assertThat(PocomRows.end("All U.S. diplomatic personnel were withdrawn from Uganda on"))
                .isEqualTo(MissionEnd.MISSION_CLOSED);
        assertThat(PocomRows.end("Assassinated at post on")).isEqualTo(MissionEnd.DIED);
        assertThat(PocomRows.end("Promoted to Ambassador Extraordinary and Plenipotentiary")).isEqualTo(MissionEnd.SUPERSEDED);
        assertThat(PocomRows.end("Recess appointment expired")).isEqualTo(MissionEnd.OTHER);
        assertThat(PocomRows.end(null)).isNull();
    }
}
