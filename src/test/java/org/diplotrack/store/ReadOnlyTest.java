package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be written opens read-only; writes fail with a clear message and lose
 * nothing. File permissions do not stop root (CI containers often run tests as root), so the
 * permission tests run only where they bite; the read-only open mode Database.open falls back
 * to is tested directly everywhere.
 */
class ReadOnlyTest {
    @TempDir
    Path dir;

    private Path seeded(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insert(TestContacts.full());
        }
        return file;
    }

    @Test
    void readOnlyModeRefusesWritesAndKeepsWhatIsSaved() throws Exception {
        Path file = seeded("ro.db");
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.openReadOnly(file)) {
            assertThat(db.readOnly()).isTrue();
            assertThat(db.contacts().count()).isEqualTo(4);
            assertThatThrownBy(() -> db.contacts().insert(TestContacts.full()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(file.toAbsolutePath() + " is read-only: the change was not saved");
            assertThat(db.contacts().count()).isEqualTo(4);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void readOnlyModeNeverUpgradesAFile() throws Exception {
        Path file = dir.resolve("old.db");
        SchemaFixtures.create(file, 2, new org.diplotrack.RandomContacts(1).next(5), dir.resolve("scratch.db"));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.openReadOnly(file)).hasMessageContaining("needs an upgrade")
                .hasMessageContaining("read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void readOnlyModeDoesNotCreateAFile() {
        assertThatThrownBy(() -> Database.openReadOnly(dir.resolve("none.db"))).hasMessageContaining("does not exist");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void anUnwritableFileOpensReadOnly() throws Exception {
        Path file = seeded("perm.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (Files.isWritable(file)) { // root: permissions do not stop it, so ask a user they stop
            assertThat(AsNobody.readOnlyCheck()).as("as nobody").anySatisfy(l -> assertThat(l)
                    .startsWith("file 444: readOnly=true count="));
            return;
        }
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.readOnly()).isTrue();
            assertThat(db.contacts().count()).isEqualTo(4);
            assertThatThrownBy(() -> db.contacts().insert(TestContacts.full())).hasMessageContaining("read-only");
        }
    }

    @Test
    void aFileInAnUnwritableFolderOpensReadOnly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("in-locked.db");
        Database.open(file, SeedData::contacts).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(folder)) { // root: as above
                assertThat(AsNobody.readOnlyCheck()).as("as nobody").anySatisfy(l -> assertThat(l)
                        .startsWith("dir 555: readOnly=true count="));
                return;
            }
            try (Database db = Database.open(file, SeedData::contacts)) {
                assertThat(db.readOnly()).isTrue();
                assertThat(db.contacts().count()).isEqualTo(3);
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWriteThatFailsMidwayLosesNothingSaved() throws Exception {
        Path file = seeded("midway.db");
        try (Database db = Database.open(file, SeedData::contacts);
             Connection other = SqliteFiles.readWrite(file);
             Statement st = other.createStatement()) {
            // Another connection holds the write lock past the busy timeout: the write fails, clearly.
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("BEGIN IMMEDIATE");
            long started = System.nanoTime();
            assertThatThrownBy(() -> db.contacts().insert(TestContacts.full()))
                    .hasMessageContaining("busy in another program: the change was not saved");
            assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(Database.BUSY_TIMEOUT_MS - 500);
            st.execute("ROLLBACK");
            assertThat(db.contacts().count()).isEqualTo(4);
        }
    }
}
