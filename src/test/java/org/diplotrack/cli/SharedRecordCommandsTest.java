package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.Fixtures;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a shared record (issue 14): --db postgresql://…, shared init, copy both ways. */
class SharedRecordCommandsTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(null, args);
    }

    private static List<Contact> everything(RecordLocation where) {
        try (Database db = where.openToRead()) {
            List<Contact> all = new java.util.ArrayList<>(db.contacts().find(ContactFilter.ALL));
            all.addAll(db.contacts().trash());
            return all;
        }
    }

    @Test
    void sharedInitThenEveryCommandWorksOnTheServer() {
        ServerAddress server = TestPostgres.newDatabase();
        String url = server.toString();
        CliRun init = run("shared", "init", url, "--example");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains(url + " is set up (schema 2, 3 contacts)").contains("diplotrack_editor");
        assertThat(run("shared", "init", url).out()).as("again: nothing changes").contains("3 contacts");

        CliRun imported = run("--db", url, "import", Fixtures.gdelt2().toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun again = run("--db", url, "import", Fixtures.gdelt2().toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        CliRun list = run("--db", url, "list", "--format", "csv");
        assertThat(list.exitCode()).as(list.err()).isZero();
        long rows = list.out().lines().count() - 1;
        assertThat(rows).isEqualTo(everything(RecordLocation.of(server)).size());
        assertThat(run("--db", url, "summary", "--dyad", "CA-RU", "--as-of", "2022-01-31").out()).contains("ambassador");
        assertThat(run("--db", url, "history", "--user", "postgres").out()).contains("imported");

        CliRun check = run("--db", url, "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains(url + " is a shared database").contains("\"check\"");
    }

    @Test
    void aCopyToTheServerAndBackLosesNothing() throws Exception {
        Path file = dir.resolve("mine.db");
        assertThat(run("--db", file.toString(), "import", Fixtures.gdelt2().toString()).exitCode()).isZero();
        // Something in the trash and an edit in the history, so that both must travel too.
        try (Database db = Database.open(file, List::of)) {
            Contact any = db.contacts().find(ContactFilter.ALL).get(0);
            db.contacts().moveToTrash(List.of(any.id()));
            db.missions().add(org.diplotrack.TestMissions.full());
        }
        List<Contact> before = everything(RecordLocation.of(file));
        List<Change> historyBefore;
        List<Mission> missionsBefore;
        try (Database db = Database.openReadOnly(file)) {
            historyBefore = db.contacts().history(ChangeFilter.ALL);
            missionsBefore = db.missions().all();
        }

        ServerAddress server = TestPostgres.newDatabase();
        CliRun up = run("copy", file.toString(), server.toString());
        assertThat(up.exitCode()).as(up.err()).isZero();
        assertThat(up.out()).contains(before.size() + " contacts").contains("1 mission");
        assertThat(everything(RecordLocation.of(server))).isEqualTo(before);

        Path back = dir.resolve("back.db");
        CliRun down = run("copy", server.toString(), back.toString());
        assertThat(down.exitCode()).as(down.err()).isZero();
        assertThat(everything(RecordLocation.of(back))).isEqualTo(before);
        try (Database db = Database.openReadOnly(back)) {
            assertThat(db.contacts().history(ChangeFilter.ALL)).isEqualTo(historyBefore);
            assertThat(db.missions().all()).isEqualTo(missionsBefore);
            Contact first = before.stream().filter(c -> c.summary() != null && !c.summary().isBlank()).findFirst()
                    .orElseThrow();
            String word = first.summary().split("\\W+")[0];
            assertThat(db.contacts().find(ContactFilter.ALL.withText(word))).as("the text index is rebuilt")
                    .isNotEmpty();
        }

        CliRun refused = run("copy", file.toString(), back.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds a record");
        assertThat(everything(RecordLocation.of(back))).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("mine.db"))).isTrue();
    }
}
