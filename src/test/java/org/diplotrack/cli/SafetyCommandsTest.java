package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code backup} and {@code restore}. */
class SafetyCommandsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(NOW, args);
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    @Test
    void checkSaysOkForASoundDatabase() {
        run("--db", db(), "list");
        CliRun check = run("--db", db(), "check");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).startsWith("ok: " + dir.resolve("cli.db").toAbsolutePath())
                .contains("3 contacts");
    }

    @Test
    void checkReportsADamagedFileAndExitsOne() throws IOException {
        run("--db", db(), "list");
        Path file = dir.resolve("cli.db");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[4096]), 4096);
            ch.write(ByteBuffer.wrap(new byte[4096]), 3 * 4096);
        }
        byte[] before = Files.readAllBytes(file);
        CliRun check = run("--db", db(), "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("damaged: ");
        assertThat(check.err().lines()).singleElement().asString().startsWith("diplotrack check: ")
                .contains("failed its check");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void checkOnAMissingFileFailsWithoutCreatingIt() {
        CliRun check = run("--db", db(), "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("does not exist");
        assertThat(dir.resolve("cli.db")).doesNotExist();
    }

    @Test
    void backupThenRestoreBringsTheRecordBack() throws IOException {
        run("--db", db(), "list");
        Path copy = dir.resolve("copy.db");
        CliRun backup = run("--db", db(), "backup", copy.toString());
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).isEqualTo("backed up 3 contacts to " + copy.toAbsolutePath() + " (verified)\n");
        assertThat(run("--db", copy.toString(), "check").exitCode()).isZero();

        // A second backup to the same file is refused rather than overwriting it.
        CliRun again = run("--db", db(), "backup", copy.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");

        Files.delete(dir.resolve("cli.db"));
        run("--db", db(), "list"); // a fresh file: seeded again
        CliRun restore = run("--db", db(), "restore", copy.toString());
        assertThat(restore.exitCode()).isZero();
        assertThat(restore.out()).contains("the replaced file is kept as " + dir.toAbsolutePath()
                + "/cli.replaced-20261128-100000-000.db");
        assertThat(run("--db", db(), "list").out()).contains("3 contacts");
    }

    @Test
    void backupWithoutAFileWritesToTheBackupsFolderAndLists() {
        run("--db", db(), "list");
        assertThat(run("--db", db(), "backup").out()).contains("/backups/cli-20261128-100000-000.db");
        CliRun list = run("--db", db(), "backup", "--list");
        assertThat(list.out()).contains("2026-11-28 10:00  3 contacts").contains("1 backup in ");
    }

    @Test
    void restoreRefusesAFileThatIsNotABackup() throws IOException {
        run("--db", db(), "list");
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database at all ".repeat(100));
        byte[] before = Files.readAllBytes(dir.resolve("cli.db"));
        CliRun restore = run("--db", db(), "restore", junk.toString());
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err().lines()).singleElement().asString().startsWith("diplotrack restore: ")
                .contains("cannot be restored");
        assertThat(Files.readAllBytes(dir.resolve("cli.db"))).isEqualTo(before);
    }
}
