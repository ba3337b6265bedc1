package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private static final Supplier<List<Contact>> NO_SEED = List::of;

    @Test
    void aNewFileGetsTheCurrentSchemaAndPragmas() throws SQLException {
        Path file = dir.resolve("sub/folder/new.db");
        try (Database db = Database.open(file, NO_SEED)) {
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
            assertThat(db.countries().all()).hasSizeGreaterThan(240);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            assertThat(intPragma(st, "user_version")).isEqualTo(Migrations.CURRENT_VERSION);
            assertThat(intPragma(st, "application_id")).isEqualTo(Migrations.APPLICATION_ID);
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
        }
    }

    @Test
    void roundTripsAContactWithEveryFieldVerbatim() {
        Contact original = TestContacts.full();
        try (Database db = Database.open(dir.resolve("t.db"), NO_SEED)) {
            Contact stored = db.contacts().insert(original);
            assertThat(stored.id()).isPositive();
            assertThat(stored.created()).isNotNull();
            Contact read = db.contacts().get(stored.id()).orElseThrow();
            assertThat(read).isEqualTo(stored);
            assertThat(read).usingRecursiveComparison().ignoringFields("id", "created", "modified")
                    .isEqualTo(original);
            assertThat(read.summary()).contains(TestContacts.HOSTILE);
            assertThat(read.a().participants().get(1).name()).isEqualTo(TestContacts.HOSTILE);
        }
        // The hostile text did not run: the table it names is still there, with the row.
        try (Database db = Database.open(dir.resolve("t.db"), NO_SEED)) {
            assertThat(db.contacts().count()).isEqualTo(1);
        }
    }

    @Test
    void theSeedLoadsOnceOnly() {
        Path file = dir.resolve("seeded.db");
        AtomicInteger seedReads = new AtomicInteger();
        Supplier<List<Contact>> seed = () -> {
            seedReads.incrementAndGet();
            return SeedData.contacts();
        };
        try (Database db = Database.open(file, seed)) {
            assertThat(db.contacts().count()).isEqualTo(3);
        }
        try (Database db = Database.open(file, seed)) {
            assertThat(db.contacts().count()).isEqualTo(3);
            assertThat(db.contacts().dyads()).singleElement()
                    .satisfies(d -> assertThat(d.dyad()).isEqualTo(Dyad.parse("CA-RU")))
                    .satisfies(d -> assertThat(d.contacts()).isEqualTo(3));
        }
        assertThat(seedReads).hasValue(1);
    }

    @Test
    void aFailingSeedLeavesNoHalfCreatedDatabase() {
        Path file = dir.resolve("broken-seed.db");
        Supplier<List<Contact>> broken = () -> {
            throw new IllegalStateException("seed unreadable");
        };
        assertThatThrownBy(() -> Database.open(file, broken)).hasMessageContaining("seed unreadable");
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.contacts().count()).isEqualTo(3);
        }
    }

    @Test
    void foreignKeysAreEnforced() throws SQLException {
        Path file = dir.resolve("fk.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("UPDATE contact SET country_a = 'ZZ' WHERE id = 1");
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO tag (contact_id, position, tag) VALUES (999, 0, 'x')");
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
            assertThat(db.contacts().get(1).orElseThrow().a().country().alpha2()).isEqualTo("RU");
        }
    }

    @Test
    void filtersByPairDatesLevelsAndStatuses() {
        try (Database db = Database.open(dir.resolve("f.db"), SeedData::contacts)) {
            db.contacts().insert(TestContacts.full());
            ContactRepository contacts = db.contacts();
            assertThat(contacts.find(ContactFilter.ALL)).hasSize(4);
            assertThat(contacts.find(ContactFilter.forDyad(Dyad.parse("CA-RU")))).hasSize(3);
            assertThat(contacts.find(ContactFilter.forDyad(Dyad.parse("FR-RU")))).hasSize(1);
            assertThat(contacts.find(ContactFilter.ALL.withRange(PartialDate.parse("2022"), null)))
                    .hasSize(3);
            // The 2021-11 .. 2021-12-02 contact overlaps December 2021.
            assertThat(contacts.find(ContactFilter.ALL.withRange(PartialDate.parse("2021-12"),
                    PartialDate.parse("2021-12")))).hasSize(1);
            assertThat(contacts.find(ContactFilter.forDyad(Dyad.parse("CA-RU")).withLevels(Set.of(Level.AMBASSADOR)))).extracting(Contact::status).containsExactly(Status.HELD);
            assertThat(contacts.find(ContactFilter.ALL.withStatuses(Set.of(Status.INVITED, Status.PROPOSED)))).hasSize(2);
        }
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "These are my notes, not a database. ".repeat(200));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file, SeedData::contacts))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a DiploTrack database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAnotherApplicationsSqliteFile() throws SQLException {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE things (x)");
        }
        assertThatThrownBy(() -> Database.open(file, SeedData::contacts))
                .hasMessageContaining("not a DiploTrack one");
    }

    @Test
    void refusesASchemaFromANewerVersion() throws SQLException {
        Path file = dir.resolve("future.db");
        Database.open(file, NO_SEED).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.CURRENT_VERSION + 1));
        }
        assertThatThrownBy(() -> Database.open(file, NO_SEED)).hasMessageContaining("newer DiploTrack");
    }

    @Test
    void aFailedWriteChangesNothing() {
        try (Database db = Database.open(dir.resolve("tx.db"), NO_SEED)) {
            Contact good = TestContacts.full();
            assertThatThrownBy(() -> db.inTransaction(c -> {
                SqlContactRepository.insertAll(c, List.of(good));
                throw new SQLException("disk full (simulated)");
            })).hasMessageContaining("disk full");
            assertThat(db.contacts().count()).isZero();
        }
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
