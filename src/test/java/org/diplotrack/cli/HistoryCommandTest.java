package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.diplotrack.io.Fixtures;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Level;
import org.diplotrack.model.Side;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("history.db").toString();
    }

    @Test
    void printsWhoChangedWhatNewestFirstWithTheFieldsAndFilters() {
        assertThat(CliRun.of(null, "--db", db(), "import", Fixtures.gdelt2().toString()).exitCode()).isZero();
        long edited;
        try (Database database = Database.open(Path.of(db()), SeedData::contacts)) {
            Contact seed = database.contacts().find(ContactFilter.ALL.withText("Stepanov")).get(0);
            edited = seed.id();
            database.contacts().update(new Contact(seed.id(), seed.a(), new Side(seed.b().country(), Level.MINISTER,
                    "foreign affairs", seed.b().participants()), seed.date(), seed.endDate(), seed.approximate(),
                    seed.mode(), seed.setting(), seed.status(), seed.location(), seed.summary(), seed.tags(),
                    seed.sources(), seed.provenance(), seed.reports(), seed.created(), seed.modified()));
        }
        String user = System.getProperty("user.name");

        CliRun one = CliRun.of(null, "--db", db(), "history", "--contact", String.valueOf(edited));
        assertThat(one.exitCode()).as(one.err()).isZero();
        List<String> lines = one.out().lines().toList();
        assertThat(lines.get(0)).contains(user).contains("edited").endsWith("contact " + edited);
        assertThat(one.out()).contains("    Side B: level: ambassador \u2192 minister")
                .contains("    Side B: portfolio: \u2014 \u2192 foreign affairs").endsWith("1 change\n");

        CliRun all = CliRun.of(null, "--db", db(), "history", "--user", user, "--since", "2020-01-01", "--limit", "5");
        assertThat(all.out().lines().filter(l -> l.startsWith("#"))).hasSize(5);
        assertThat(all.out().lines().filter(l -> l.contains("imported"))).hasSize(4);
        assertThat(CliRun.of(null, "--db", db(), "history", "--user", "nobody").out()).isEqualTo("0 changes\n");

        CliRun french = CliRun.of(null, "--lang", "fr", "--db", db(), "history", "--contact", String.valueOf(edited));
        assertThat(french.out()).contains("modifié").contains("Partie B\u00a0: niveau\u00a0: ambassadeur \u2192 ministre");
    }
}
