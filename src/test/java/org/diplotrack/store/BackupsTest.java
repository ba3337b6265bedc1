package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));

    private Path seeded() {
        Path file = dir.resolve("diplotrack.db");
        Database.open(file, SeedData::contacts).close();
        return file;
    }

    @Test
    void writesAVerifiedTimestampedCopyBesideTheDatabase() {
        Path file = seeded();
        BackupInfo backup = Backups.of(file, clock).backupNow();
        assertThat(backup.file()).isEqualTo(dir.resolve("backups/diplotrack-20261128-090000-000.db").toAbsolutePath());
        assertThat(backup.contacts()).isEqualTo(3);
        assertThat(dir.resolve("backups")).isDirectoryNotContaining("glob:**.partial");
        IntegrityCheck check = IntegrityCheck.of(backup.file(), true);
        assertThat(check.ok()).isTrue();
        assertThat(check.contacts()).isEqualTo(3);
        // A lone file: no -wal holds part of it.
        assertThat(backup.file().resolveSibling(backup.file().getFileName() + "-wal")).doesNotExist();
    }

    @Test
    void backsUpWhileTheDatabaseIsOpenAndListsDateAndContacts() {
        Path file = dir.resolve("open.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            Backups backups = Backups.of(file, clock);
            backups.backupNow();
            db.contacts().insert(TestContacts.full());
            clock.advance(Duration.ofMinutes(5));
            backups.backupNow();
            List<BackupInfo> list = backups.list();
            assertThat(list).extracting(BackupInfo::contacts).containsExactly(4, 3);
            assertThat(list).extracting(BackupInfo::taken)
                    .containsExactly(Instant.parse("2026-11-28T09:05:00Z"), Instant.parse("2026-11-28T09:00:00Z"));
        }
    }

    @Test
    void keepsTheNewestTen() {
        Path file = seeded();
        Backups backups = Backups.of(file, clock);
        for (int i = 0; i < 13; i++) {
            backups.backupNow();
            clock.advance(Duration.ofHours(1));
        }
        List<BackupInfo> list = backups.list();
        assertThat(list).hasSize(Backups.KEEP);
        assertThat(list.get(0).taken()).isEqualTo(Instant.parse("2026-11-28T21:00:00Z"));
        assertThat(list.get(9).taken()).isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
    }

    @Test
    void backsUpOnlyWhenTheNewestIsOlderThanTwelveHours() {
        Path file = seeded();
        Backups backups = Backups.of(file, clock);
        assertThat(backups.backupIfDue()).isPresent();
        clock.advance(Duration.ofHours(11));
        assertThat(backups.backupIfDue()).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(backups.backupIfDue()).isPresent();
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void restoreBringsTheCopyBackAndKeepsTheReplacedFile() {
        Path file = seeded();
        Backups backups = Backups.of(file, clock);
        BackupInfo backup = backups.backupNow();
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insert(TestContacts.full());
        }
        clock.advance(Duration.ofMinutes(1));
        Path kept = Backups.restore(backup.file(), file, "replaced", clock);
        assertThat(kept.getFileName().toString()).isEqualTo("diplotrack.replaced-20261128-090100-000.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.contacts().count()).isEqualTo(3);
        }
        try (Database old = Database.open(kept, List::of)) {
            assertThat(old.contacts().count()).isEqualTo(4);
        }
        assertThat(backup.file()).exists();
        assertThat(dir).isDirectoryNotContaining("glob:**.restoring");
    }

    @Test
    void refusesToRestoreADamagedBackupAndChangesNothing() throws Exception {
        Path file = seeded();
        Path bad = dir.resolve("bad.db");
        Files.write(bad, new byte[] {1, 2, 3, 4});
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Backups.restore(bad, file, "replaced", clock))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot be restored");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("diplotrack.db", "bad.db");
    }

    @Test
    void refusesToBackUpAForeignFileAndLeavesNoCopy() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (var c = SqliteFiles.readWrite(foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE things (x)");
        }
        Path target = dir.resolve("copy.db");
        assertThatThrownBy(() -> Backups.write(foreign, target)).hasMessageContaining("not a DiploTrack database");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("copy.db.partial")).doesNotExist();
    }

    @Test
    void restoresTheNewestGoodBackupSkippingADamagedOne() throws Exception {
        Path file = seeded();
        Backups backups = Backups.of(file, clock);
        BackupInfo good = backups.backupNow();
        clock.advance(Duration.ofHours(1));
        BackupInfo newer = backups.backupNow();
        CorruptFiles.damage(newer.file());
        Files.write(file, new byte[0]);
        assertThat(backups.restoreNewestGood("damaged")).contains(good.file());
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.contacts().count()).isEqualTo(3);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("diplotrack.damaged-"));
    }
}
