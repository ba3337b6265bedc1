package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kosovo (XK) in the country table of new files and of files made before it was known (decision 0023). */
class CountryTableTest {
    @TempDir
    Path dir;

    private static Contact kosovoSerbia() {
        return Contact.builder()
                .a(new Side(Country.of("XK"), Level.HEAD_OF_STATE_OR_GOVERNMENT, null, List.of()))
                .b(new Side(Country.of("RS"), Level.UNKNOWN, null, List.of()))
                .date(PartialDate.parse("2018-06-01")).mode(Mode.NEGOTIATION).status(Status.HELD).build();
    }

    @Test
    void aNewFileKnowsKosovo() {
        try (Database db = Database.open(dir.resolve("new.db"), List::of)) {
            assertThat(db.countries().all()).contains(Country.of("XK")).hasSize(Countries.all().size());
            Contact stored = db.contacts().insert(kosovoSerbia());
            assertThat(db.contacts().get(stored.id()).orElseThrow().a().country()).isEqualTo(Country.of("XK"));
        }
    }

    @Test
    void anOlderFileGetsTheCountriesItLacksOnOpening() throws SQLException {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file, List::of)) {
            assertThat(db.countries().all()).contains(Country.of("XK"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DELETE FROM country WHERE code = 'XK'"); // as a file made before Kosovo was added
        }
        try (Database db = Database.open(file, List::of)) {
            assertThat(db.countries().all()).contains(Country.of("XK")).hasSize(Countries.all().size());
            Contact stored = db.contacts().insert(kosovoSerbia());
            assertThat(stored.level()).isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
            assertThat(db.contacts().get(stored.id()).orElseThrow()).isEqualTo(stored);
        }
    }
}
