package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.diplotrack.io.NativeJsonReader;
import org.diplotrack.model.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(null, args);
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    @Test
    void csvHasAHeaderAndTheThreeSeedContacts() throws Exception {
        CliRun run = run("--db", db(), "list", "--dyad", "CA-RU", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("level")).containsExactlyInAnyOrder("ambassador", "minister",
                "head-of-state");
        assertThat(rows).extracting(r -> r.get("status")).containsExactlyInAnyOrder("held", "invited", "proposed");
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("id,date,end_date,approximate,country_a");
    }

    @Test
    void jsonIsTheNativeFormatAndReadsBack() {
        CliRun run = run("--db", db(), "list", "--dyad", "RUS-CAN", "--format", "json");
        assertThat(run.exitCode()).isZero();
        List<Contact> contacts = new NativeJsonReader().read(
                new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), "stdout");
        assertThat(contacts).hasSize(3);
        assertThat(contacts).extracting(c -> c.dyad().code()).containsOnly("CA-RU");
    }

    @Test
    void tableListsEachContactAndACount() {
        CliRun run = run("--db", db(), "list", "--dyad", "CA-RU");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out()).contains("embassy channel").contains("Mélanie Joly").endsWith("3 contacts\n");
    }

    @Test
    void filtersCombine() {
        CliRun run = run("--db", db(), "list", "--level", "ambassador,minister", "--status", "held", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        CliRun none = run("--db", db(), "list", "--from", "2023", "--format", "csv");
        assertThat(none.out().lines()).hasSize(1);
    }

    @Test
    void theCountryFilterTakesACodeOrAName() {
        assertThat(run("--db", db(), "list", "--country", "Russia", "--format", "csv").out().lines()).hasSize(4);
        assertThat(run("--db", db(), "list", "--country", "CAN", "--format", "csv").out().lines()).hasSize(4);
        assertThat(run("--db", db(), "list", "--country", "FR", "--format", "csv").out().lines())
                .as("the header only").hasSize(1);
        CliRun bad = run("--db", db(), "list", "--country", "Narnia");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines()).singleElement().asString().contains("--country").contains("Narnia");
    }

    @Test
    void anUnknownCountryIsOneClearLineAndANonZeroExit() {
        CliRun run = run("--db", db(), "list", "--dyad", "CA-XX");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--dyad").contains("unknown country 'XX'");
    }

    @Test
    void aBadDateIsOneClearLineAndANonZeroExit() {
        CliRun run = run("--db", db(), "list", "--from", "2022-13-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--from").contains("'2022-13-01' is not a valid date");
    }

    @Test
    void aFileThatIsNotADatabaseIsOneLineAndExitOne() throws Exception {
        Path notes = dir.resolve("notes.txt");
        java.nio.file.Files.writeString(notes, "not a database at all ".repeat(100));
        CliRun run = run("--db", notes.toString(), "list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("not a DiploTrack database");
    }

    @Test
    void versionAndHelpWork() {
        CliRun version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("DiploTrack ").doesNotContain("unknown");
        CliRun help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--db").contains("list");
        CliRun listHelp = run("list", "--help");
        assertThat(listHelp.out()).contains("--dyad").contains("--format");
    }
}
