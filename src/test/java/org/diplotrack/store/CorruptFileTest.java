package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.diplotrack.RandomContacts;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a sound DiploTrack database is refused with a clear message and left exactly as it was. */
class CorruptFileTest {
    @TempDir
    Path dir;

    private Path bigDatabase(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insertAll(new RandomContacts(3).next(2000));
        }
        return file;
    }

    private static void assertRefusedAndUnchanged(Path file, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        List<String> siblingsBefore = siblings(file);
        assertThatThrownBy(() -> Database.open(file, SeedData::contacts))
                .isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining(message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(siblings(file)).isEqualTo(siblingsBefore);
    }

    private static List<String> siblings(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aTruncatedFile() throws Exception {
        Path file = bigDatabase("truncated.db");
        CorruptFiles.truncate(file, 0.5);
        assertRefusedAndUnchanged(file, "damaged");
    }

    @Test
    void aFileCutInsideItsHeader() throws Exception {
        Path file = bigDatabase("header.db");
        CorruptFiles.truncate(file, 60.0 / Files.size(file));
        assertRefusedAndUnchanged(file, "damaged");
    }

    @Test
    void randomBytes() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] bytes = new byte[64 * 1024];
        new Random(1).nextBytes(bytes);
        Files.write(file, bytes);
        assertRefusedAndUnchanged(file, "not a DiploTrack database");
    }

    @Test
    void anotherApplicationsSqliteFile() throws Exception {
        Path file = dir.resolve("other-app.sqlite");
        try (Connection c = SqliteFiles.readWrite(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)");
            st.execute("INSERT INTO bookmarks VALUES ('https://example.org', 'x')");
        }
        assertRefusedAndUnchanged(file, "not a DiploTrack one");
    }

    @Test
    void anSqliteFileWithAnotherApplicationId() throws Exception {
        Path file = dir.resolve("other-id.db");
        try (Connection c = SqliteFiles.readWrite(file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
            st.execute("PRAGMA user_version = 3");
            st.execute("PRAGMA application_id = 1234");
        }
        assertRefusedAndUnchanged(file, "not a DiploTrack database");
    }

    @Test
    void aFileThatFailsQuickCheck() throws Exception {
        Path file = bigDatabase("damaged.db");
        CorruptFiles.damage(file);
        assertRefusedAndUnchanged(file, "damaged");
    }

    @Test
    void anEmptyFileThatHadBackupsIsNotReseeded() throws Exception {
        Path file = bigDatabase("emptied.db");
        Backups.of(file).backupNow();
        Files.write(file, new byte[0]);
        assertRefusedAndUnchanged(file, "empty");
    }

    @Test
    void checkReportsEachKindOfDamageWithoutWriting() throws Exception {
        Path good = bigDatabase("good.db");
        assertThat(IntegrityCheck.of(good, true).ok()).isTrue();
        Path bad = bigDatabase("bad.db");
        CorruptFiles.damage(bad);
        byte[] before = Files.readAllBytes(bad);
        IntegrityCheck check = IntegrityCheck.of(bad, true);
        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).isNotEmpty();
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
    }
}
