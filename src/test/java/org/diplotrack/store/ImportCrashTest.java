package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports are backed up first and are all or nothing: a child JVM importing a large batch is
 * killed with SIGKILL at a random moment; the file passes integrity_check and holds either all
 * of the import or none of it (all of it when the child reported it done).
 * {@code -Ddiplotrack.importCrash.trials=50} for the long run (default 5).
 */
class ImportCrashTest {
    static final int TRIALS = Integer.getInteger("diplotrack.importCrash.trials", 5);
    static final int SIZE = 5_000;

    @TempDir
    Path dir;

    @Test
    void anImportIsBackedUpFirstAndAFailedOneLeavesNothing() {
        Path file = dir.resolve("import.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().importAll(new RandomContacts(1).next(50).iterator(), () -> false);
            assertThat(Backups.of(file).list()).extracting(BackupInfo::contacts).containsExactly(3);
            var failing = new java.util.Iterator<org.diplotrack.model.Contact>() {
                final RandomContacts random = new RandomContacts(2);
                int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public org.diplotrack.model.Contact next() {
                    if (++n > 500) {
                        throw new IllegalStateException("line 501: unreadable (simulated)");
                    }
                    return random.next();
                }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.contacts().importAll(failing, () -> false))
                    .hasMessageContaining("simulated");
            assertThat(db.contacts().count()).isEqualTo(53);
        }
    }

    @Test
    void aKilledImportIsEntirelyPresentOrEntirelyAbsent() throws Exception {
        Path file = dir.resolve("killed.db");
        Database.open(file, SeedData::contacts).close();
        int[] outcome = killImports(file.toString(), 2000, () -> Database.open(file, SeedData::contacts), trial ->
                assertThat(IntegrityCheck.of(file, true).problems()).as("trial %d", trial).isEmpty());
        System.out.printf("import crash: %d SIGKILLs during imports of %d contacts: %d entirely present,"
                + " %d entirely absent, integrity_check ok%n", TRIALS, SIZE, outcome[0], outcome[1]);
    }

    /** The same on a shared record: the server rolls back the import of a client that died, and its history too. */
    @Test
    void aKilledImportOnASharedRecordIsEntirelyPresentOrEntirelyAbsent() throws Exception {
        ServerAddress server = TestPostgres.newDatabase();
        SharedDatabase.init(server, SeedData::contacts);
        // An import takes longer on the server (a verified SQLite backup first, then the round trips): the kills spread wider.
        int[] outcome = killImports(server.toString(), 8000, () -> SharedDatabase.open(server), trial -> {
            awaitNoOtherSession(server);
            try (Database db = SharedDatabase.open(server)) {
                long imported = db.contacts().history(org.diplotrack.model.ChangeFilter.ALL).stream()
                        .filter(c -> c.kind() == org.diplotrack.model.ChangeKind.IMPORT).count();
                assertThat(imported).as("trial %d: the history holds the imports that are there", trial)
                        .isEqualTo(db.contacts().count() - 3L);
            }
        });
        System.out.printf("import crash on the server: %d SIGKILLs during imports of %d contacts: %d entirely"
                + " present, %d entirely absent%n", TRIALS, SIZE, outcome[0], outcome[1]);
    }

    /** Until the server has seen that the killed client is gone (and ended what it was doing). */
    private static void awaitNoOtherSession(ServerAddress server) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.properties());
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < end; ) {
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the killed client's session is still on the server after 60 s");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills a child importing into {@code record} within {@code maxMs}, TRIALS times; returns {whole, none}. */
    private static int[] killImports(String record, int maxMs, java.util.function.Supplier<Database> open,
                                     java.util.function.IntConsumer check) throws Exception {
        Random random = new Random(7);
        int expected = 3;
        int whole = 0;
        int none = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            ChildJvm child = ChildJvm.start(record, String.valueOf(SIZE), "import-" + trial, "import");
            assertThat(child.firstLine.await(60, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(random.nextInt(maxMs));
            child.process.destroyForcibly();
            child.waitFor(30);
            assertThat(child.lines).noneMatch(l -> l.startsWith("ERROR"));
            check.accept(trial);
            try (Database db = open.get()) {
                int count = db.contacts().count();
                if (child.lines.contains("imported " + SIZE)) {
                    assertThat(count).as("trial %d, reported done", trial).isEqualTo(expected + SIZE);
                } else {
                    assertThat(count).as("trial %d", trial).isIn(expected, expected + SIZE);
                }
                if (count == expected) {
                    none++;
                } else {
                    whole++;
                }
                expected = count;
            }
        }
        return new int[] {whole, none};
    }
}
