package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestMissions;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionRank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.diplotrack.TestMissions.CA;
import static org.diplotrack.TestMissions.RU;

/** A SQLite file of any earlier schema gets the missions table (issue 17) when it is opened. */
class MissionSchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfEveryEarlierSchemaGetsTheMissionsTable() throws Exception {
        List<Contact> contacts = new RandomContacts(3).next(20);
        Path seven = dir.resolve("v7.db");
        List<Contact> stored = SchemaFixtures.create(seven, 7, contacts, dir.resolve("scratch.db"));
        try (Connection c = SqliteFiles.readOnly(seven); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'missions'")) {
            assertThat(rs.next() && rs.getInt(1) == 0).as("no missions table at schema 7").isTrue();
        }
        try (Database upgraded = Database.open(seven, () -> {
            throw new AssertionError("an existing file is never seeded");
        })) {
            assertThat(upgraded.contacts().find(ContactFilter.ALL)).isEqualTo(stored);
            assertThat(upgraded.missions().count()).isZero();
            Mission added = upgraded.missions().add(TestMissions.full());
            assertThat(upgraded.missions().all()).containsExactly(added);
        }
        assertThat(IntegrityCheck.of(seven, true).version()).isEqualTo(Migrations.CURRENT_VERSION);

        Path one = dir.resolve("v1.db");
        Files.copy(Path.of("src/test/resources/db/schema-v1.db"), one, StandardCopyOption.REPLACE_EXISTING);
        try (Database upgraded = Database.open(one, List::of)) {
            assertThat(upgraded.contacts().count()).isEqualTo(3);
            upgraded.missions().add(TestMissions.of(RU, CA, MissionRank.AMBASSADOR, "Oleg Stepanov", "2021", null));
            assertThat(upgraded.missions().inPost(LocalDate.parse("2022-01-29"))).singleElement()
                    .satisfies(x -> assertThat(x.head()).isEqualTo("Oleg Stepanov"));
        }
    }
}
