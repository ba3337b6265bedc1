package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestContacts;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Country;
import org.diplotrack.model.Doubts;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every earlier schema opens in the current one with its data, after a backup; a failing step changes nothing. */
class MigrationSafetyTest {
    @TempDir
    Path dir;

    private List<Contact> someContacts() {
        List<Contact> contacts = new ArrayList<>(new RandomContacts(8).next(40));
        contacts.add(TestContacts.full());
        contacts.addAll(RandomContacts.withReports(new RandomContacts(9).next(20), new java.util.Random(3)));
        contacts.addAll(doubtful());
        contacts.addAll(reportedWithOneSideKnown());
        return contacts;
    }

    /**
     * Dataset contacts with one side unknown: the host's rank stops lifting the contact at
     * schema 13, the visitor's and the offerer's do not.
     */
    private static List<Contact> reportedWithOneSideKnown() {
        Provenance icews = new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "f", "78", "042");
        Contact received = Contact.builder().a(Side.of(Country.of("KP"), Level.UNKNOWN))
                .b(Side.of(Country.of("US"), Level.HEAD_OF_STATE)).date(PartialDate.parse("2018-06-01"))
                .mode(Mode.OTHER).status(Status.HELD).provenance(icews).build();
        Contact visit = Contact.builder().a(Side.of(Country.of("PH"), Level.HEAD_OF_STATE))
                .b(Side.of(Country.of("KR"), Level.UNKNOWN)).date(PartialDate.parse("2018-06-03"))
                .mode(Mode.VISIT).status(Status.HELD).provenance(icews).build();
        Contact offer = Contact.builder().a(Side.of(Country.of("US"), Level.MINISTER))
                .b(Side.of(Country.of("CN"), Level.UNKNOWN)).date(PartialDate.parse("2018-06-01"))
                .mode(Mode.STATEMENT).status(Status.PROPOSED).provenance(icews).build();
        return List.of(received, visit, offer);
    }

    /** A visit placed in the visitor's own country, and a contact first reported 40 days after its day. */
    private static List<Contact> doubtful() {
        PartialDate day = PartialDate.parse("2018-06-01");
        Contact visit = Contact.builder().a(Side.of(Country.of("RU"), Level.MINISTER))
                .b(Side.of(Country.of("KP"), Level.UNKNOWN)).date(day).mode(Mode.VISIT).status(Status.HELD)
                .location("Moscow, Russia").build();
        Report late = new Report("ICEWS", "77", "040", day, java.time.LocalDate.of(2018, 7, 11), null, null,
                Level.UNKNOWN, Mode.OTHER, "f", null, "1", 1, null, null, null);
        Contact reference = Contact.builder().a(Side.of(Country.of("IN"), Level.UNKNOWN))
                .b(Side.of(Country.of("CN"), Level.UNKNOWN)).date(day).mode(Mode.OTHER).status(Status.HELD)
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "f", "77", "040"))
                .reports(List.of(late)).build();
        return List.of(visit, reference);
    }

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
    void anEarlierSchemaOpensWithAllItsDataAfterABackup(int version) throws SQLException {
        Path file = dir.resolve("v" + version + ".db");
        List<Contact> stored = SchemaFixtures.create(file, version, someContacts(), dir.resolve("scratch.db"));
        try (Database db = Database.open(file, List::of)) {
            assertThat(db.contacts().find(ContactFilter.ALL)).isEqualTo(stored);
            assertThat(db.contacts().dyads()).isNotEmpty();
            assertThat(db.contacts().count(ContactFilter.ALL.withText("Stockholm"))).isPositive();
            // Schema 11 fills the source counts and root flags as the model computes them.
            for (ContactFilter f : List.of(ContactFilter.ALL.withMinSources(2), ContactFilter.ALL.withMinSources(3),
                    ContactFilter.ALL.withRootOnly(true), ContactFilter.ALL.withDoubts(Doubts.WITHOUT),
                    ContactFilter.ALL.withDoubts(Doubts.ONLY))) {
                assertThat(db.contacts().count(f)).as("%s", f)
                        .isEqualTo((int) stored.stream().filter(f::matchesFields).count());
            }
            // Schema 13 stores a dataset contact's level by the rule for reports (Level.ofReported).
            for (Level level : Level.values()) {
                assertThat(db.contacts().count(ContactFilter.ALL.withLevels(java.util.Set.of(level)))).as("%s", level)
                        .isEqualTo((int) stored.stream().filter(c -> c.level() == level).count());
            }
            // Schema 12 marks the doubtful ones: the visit at home always, the late report where its report is kept.
            assertThat(db.contacts().count(ContactFilter.ALL.withDoubts(Doubts.ONLY))).isPositive();
        }
        List<BackupInfo> backups = Backups.of(file).list();
        assertThat(backups).singleElement().satisfies(b -> assertThat(b.contacts()).isEqualTo(stored.size()));
        assertThat(IntegrityCheck.of(backups.get(0).file(), true).version()).isEqualTo(version);
        try (Database again = Database.open(file, List::of)) {
            assertThat(again.contacts().count()).isEqualTo(stored.size());
        }
        assertThat(Backups.of(file).list()).as("no backup when nothing is upgraded").hasSize(1);
    }

    @Test
    void aFailingStepLeavesTheFileAsItWas() throws SQLException {
        Path file = dir.resolve("v3.db");
        List<Contact> stored = SchemaFixtures.create(file, 3, someContacts(), dir.resolve("scratch.db"));
        List<String> schemaBefore = SchemaFixtures.schema(file);
        List<Migrations.Step> steps = new ArrayList<>(Migrations.STEPS);
        steps.add(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE half_done (x)");
                st.execute("DELETE FROM contact");
            }
            throw new SQLException("step failed (simulated)");
        });
        AtomicInteger backups = new AtomicInteger();
        try (Connection c = SqliteFiles.readWrite(file)) {
            assertThatThrownBy(() -> Migrations.migrate(c, file, x -> null, v -> backups.incrementAndGet(), steps))
                    .hasMessageContaining("simulated");
        }
        assertThat(backups).hasValue(1);
        assertThat(SchemaFixtures.schema(file)).isEqualTo(schemaBefore);
        IntegrityCheck check = IntegrityCheck.of(file, true);
        assertThat(check.ok()).isTrue();
        assertThat(check.version()).isEqualTo(3);
        assertThat(check.contacts()).isEqualTo(stored.size());
    }

    @Test
    void aNewFileIsMadeByFlywayAndItsHistoryNamesEveryStep() throws SQLException {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file, List::of)) {
            assertThat(db.contacts().count()).isZero();
        }
        assertThat(flywayHistory(file)).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, Migrations.CURRENT_VERSION).mapToObj(v -> v + " JDBC true")
                        .toList());
        assertThat(IntegrityCheck.of(file, true).version()).isEqualTo(Migrations.CURRENT_VERSION);
    }

    @Test
    void aFileMadeBeforeFlywayIsBaselinedAtItsVersionAndOnlyTheLaterStepsRun() throws SQLException {
        Path file = dir.resolve("v11.db");
        List<Contact> stored = SchemaFixtures.create(file, 11, someContacts(), dir.resolve("scratch.db"));
        assertThat(SchemaFixtures.schema(file)).noneMatch(sql -> sql.contains("flyway_schema_history"));
        try (Database db = Database.open(file, List::of)) {
            assertThat(db.contacts().count()).isEqualTo(stored.size());
        }
        List<String> expected = new ArrayList<>(List.of("11 BASELINE true"));
        for (int v = 12; v <= Migrations.CURRENT_VERSION; v++) {
            expected.add(v + " JDBC true");
        }
        assertThat(flywayHistory(file)).containsExactlyElementsOf(expected);
    }

    @Test
    void aFileFlywayUpgradedBeforeGetsOnlyTheStepsItLacks() throws SQLException {
        Path file = dir.resolve("v12.db");
        try (Connection c = SqliteFiles.readWrite(file)) {
            Migrations.migrate(c, file, x -> null, v -> { }, Migrations.STEPS.subList(0, 12));
        }
        AtomicInteger backups = new AtomicInteger();
        try (Connection c = SqliteFiles.readWrite(file)) {
            Migrations.migrate(c, file, x -> null, v -> backups.incrementAndGet(), Migrations.STEPS);
        }
        assertThat(backups).hasValue(1);
        assertThat(flywayHistory(file)).hasSize(Migrations.CURRENT_VERSION).allMatch(r -> r.endsWith("JDBC true"));
        assertThat(IntegrityCheck.of(file, true).version()).isEqualTo(Migrations.CURRENT_VERSION);
    }

    /** "version type success" per row of Flyway's history, in the order applied. */
    private static List<String> flywayHistory(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = SqliteFiles.readWrite(file); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(
                     "SELECT version, type, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + (rs.getInt(3) == 1));
            }
        }
        return rows;
    }
}
