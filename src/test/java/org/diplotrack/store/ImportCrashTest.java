package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.diplotrack.RandomContacts;
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
        Random random = new Random(7);
        int expected = 3;
        int whole = 0;
        int none = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            ChildJvm child = ChildJvm.start(file.toString(), String.valueOf(SIZE), "import-" + trial, "import");
            assertThat(child.firstLine.await(60, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(random.nextInt(2000));
            child.process.destroyForcibly();
            child.waitFor(30);
            assertThat(child.lines).noneMatch(l -> l.startsWith("ERROR"));
            assertThat(IntegrityCheck.of(file, true).problems()).as("trial %d", trial).isEmpty();
            try (Database db = Database.open(file, SeedData::contacts)) {
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
        System.out.printf("import crash: %d SIGKILLs during imports of %d contacts: %d entirely present,"
                + " %d entirely absent, integrity_check ok%n", TRIALS, SIZE, whole, none);
    }
}
