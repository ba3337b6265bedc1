package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplotrack.io.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(null, args);
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    private long count(String database) {
        return run("--db", database, "list", "--format", "csv").out().lines().count() - 1;
    }

    private static long number(String report, String label) {
        return report.lines().filter(l -> l.trim().startsWith(label)).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElseThrow();
    }

    /** The contacts an import added, from its last line: "1,223 rows imported → 219 new contacts". */
    private static long newContacts(String report) {
        String line = report.lines().filter(l -> l.contains("new contact")).findFirst().orElseThrow();
        return Long.parseLong(line.replaceAll(".*→ ([0-9,]+) new contact.*", "$1").replace(",", ""));
    }

    @Test
    void importPrintsAReportAndReimportAddsNothing() {
        CliRun first = run("--db", db(), "import", Fixtures.icews().toString()); // merging is the default
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("icews-2018-sample.tab (ICEWS events): 4,993 rows");
        long imported = number(first.out(), "imported");
        assertThat(imported).isGreaterThan(1000);
        // The reports of one event make one contact (decision 0025).
        long contacts = newContacts(first.out());
        assertThat(contacts).isPositive().isLessThan(imported / 2);
        assertThat(count(db())).isEqualTo(contacts + 3);

        // Kim Yong-chol's meeting with Trump of 1 June 2018 is one contact however many stories
        // (12, counted in the raw rows) report it.
        CliRun day = run("--db", db(), "list", "--dyad", "US-KP", "--from", "2018-06-01", "--to", "2018-06-01",
                "--format", "csv");
        List<String> meetings = day.out().lines()
                .filter(l -> l.contains(",held,Kim Yong-chol,Donald Trump (President),")).toList();
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0)).contains(",visit,");
        assertThat(meetings.get(0).split("ICEWS \\| ", -1)).hasSize(27); // 26 reports, 040/042/043/046

        CliRun again = run("--db", db(), "import", Fixtures.icews().toString(), "--format", "icews", "--merge",
                "events");
        assertThat(again.exitCode()).isZero();
        assertThat(number(again.out(), "imported")).isZero();
        assertThat(number(again.out(), "already present")).isEqualTo(imported);
        assertThat(count(db())).isEqualTo(contacts + 3);
    }

    @Test
    void listKeepsContactsOfAtLeastNSourcesAndRootEventsOnly() throws IOException {
        assertThat(run("--db", db(), "import", "--merge", "none", Fixtures.gdelt2().toString()).exitCode()).isZero();
        // The raw rows' NumSources (column 33) and IsRootEvent (26), by event id: not the importer's reading.
        java.util.Map<String, String[]> raw = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Fixtures.gdelt2())) {
            String[] f = line.split("\t", -1);
            raw.put(f[0], f);
        }
        java.util.List<String> all = eventIds(run("--db", db(), "list", "--format", "csv").out());
        java.util.List<String> three = eventIds(run("--db", db(), "list", "--min-sources", "3", "--format", "csv").out());
        java.util.List<String> root = eventIds(run("--db", db(), "list", "--root-only", "--format", "csv").out());
        java.util.List<String> gdelt = all.stream().filter(raw::containsKey).toList();
        assertThat(gdelt).hasSizeGreaterThan(100);
        assertThat(three).containsExactlyInAnyOrderElementsOf(
                gdelt.stream().filter(id -> Integer.parseInt(raw.get(id)[32]) >= 3).toList());
        assertThat(three).isNotEmpty().hasSizeLessThan(gdelt.size());
        // The seed's three contacts are manual: not GDELT's to leave out.
        assertThat(root).containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(id -> !raw.containsKey(id) || raw.get(id)[25].equals("1")).toList());
        assertThat(root).hasSizeLessThan(all.size());
    }

    @Test
    void listKeepsContactsWithoutDoubtsOrOnlyThose() throws IOException {
        assertThat(run("--db", db(), "import", "--merge", "none", Fixtures.gdelt2().toString()).exitCode()).isZero();
        java.util.List<String> all = eventIds(run("--db", db(), "list", "--format", "csv").out());
        java.util.List<String> only = eventIds(run("--db", db(), "list", "--doubts", "only", "--format", "csv").out());
        java.util.List<String> without = eventIds(run("--db", db(), "list", "--doubts", "without", "--format", "csv")
                .out());
        // GDELT 881990869: the United Kingdom visits Saudi Arabia, geocoded "United Kingdom" (QualityFlagsTest);
        // 881990868, the same visit geocoded Riyadh, is not in doubt.
        assertThat(only).contains("881990869").doesNotContain("881990868");
        assertThat(without).contains("881990868").doesNotContain("881990869");
        assertThat(only.size() + without.size()).isEqualTo(all.size());
        CliRun bad = run("--db", db(), "list", "--doubts", "maybe");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("maybe");
    }

    /** The event_id column of a native CSV listing (the seed's contacts have none: their row ids stand in). */
    private static java.util.List<String> eventIds(String csv) throws IOException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .build().parse(new java.io.StringReader(csv))) {
            for (var record : parser) {
                ids.add(record.get("event_id").isEmpty() ? "seed " + record.get("id") : record.get("event_id"));
            }
        }
        return ids;
    }

    @Test
    void mergeNoneKeepsAContactPerRow() {
        CliRun first = run("--db", db(), "import", "--merge", "none", Fixtures.icews().toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        long imported = number(first.out(), "imported");
        assertThat(first.out()).as("rows and contacts are one to one: no merge line").doesNotContain("new contact");
        assertThat(count(db())).isEqualTo(imported + 3);

        // Pompeo's ICEWS sectors name a ministry but no Cabinet: the office-holders table makes him a
        // minister (decision 0023); his talks with Kim Yong-chol, whom the scale cannot rank, are of
        // unknown level (decision 0026), and the level filter finds them there, not among ministers'.
        CliRun pompeo = run("--db", db(), "list", "--dyad", "US-KP", "--level", "unknown", "--from", "2018-06-01",
                "--to", "2018-06-01");
        assertThat(pompeo.out()).contains("Mike Pompeo (Secretary of State)").contains("negotiation");
        CliRun ministers = run("--db", db(), "list", "--dyad", "US-KP", "--level", "minister", "--from",
                "2018-06-01", "--to", "2018-06-01");
        assertThat(ministers.out()).doesNotContain("negotiation");

        CliRun bad = run("--db", db(), "import", "--merge", "sometimes", Fixtures.icews().toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("sometimes");
        assertThat(count(db())).isEqualTo(imported + 3);
    }

    @Test
    void strictImportOfAFaultyFileImportsNothingAndSaysWhereInOneLine() throws IOException {
        Path faulty = dir.resolve("faulty.tab");
        Files.write(faulty, org.diplotrack.io.MalformedInputTestData.faultyIcews());
        run("--db", db(), "list");
        CliRun strict = run("--db", db(), "import", "--strict", faulty.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err().lines()).singleElement().asString()
                .startsWith("diplotrack import: faulty.tab line 3: expected 20 tab-separated columns");
        assertThat(count(db())).isEqualTo(3);

        CliRun lenient = run("--db", db(), "import", faulty.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("line 3:").contains("line 6:").contains("line 8:");
        assertThat(count(db())).isEqualTo(5);
    }

    @Test
    void badFilesAndOptionsGiveOneLineAndANonZeroExit() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        CliRun none = run("--db", db(), "import", empty.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().lines()).singleElement().asString().contains("empty.csv: is empty");
        CliRun missing = run("--db", db(), "import", dir.resolve("nope.tsv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().lines()).singleElement().asString().contains("no such file");
        CliRun format = run("--db", db(), "import", empty.toString(), "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err().lines()).singleElement().asString().contains("unknown format 'xml'");
    }

    @Test
    void aSpreadsheetWithSemicolonsABomAndOnlySomeColumnsImports() throws IOException {
        Path sheet = dir.resolve("sheet.csv");
        String rows = "\uFEFFStatus;Date;Country_A;Country_B;Mode;Summary;Notes\r\n"
                + "held;2021-03-04;FR;DZ;visit;\"Visite d’État; Alger\";mine\r\n"
                + "proposed;2021-05;FR;DZ;phone call;;\r\n";
        Files.writeString(sheet, rows, java.nio.charset.StandardCharsets.UTF_8);
        long written = rows.lines().count() - 1;
        run("--db", db(), "list");
        long before = count(db());

        CliRun imported = run("--db", db(), "import", sheet.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("sheet.csv (DiploTrack CSV): " + written + " rows")
                .contains("1 unknown column ignored: 'Notes'")
                .doesNotContain("not a contact code").doesNotContain("bad date");
        assertThat(number(imported.out(), "imported")).isEqualTo(written);
        assertThat(number(imported.out(), "skipped, malformed row")).isZero();
        assertThat(count(db())).isEqualTo(before + written);
        assertThat(run("--db", db(), "list", "--dyad", "FR-DZ", "--format", "csv").out()).contains("Visite d’État; Alger");
    }

    @Test
    void exportThenImportIntoAnotherDatabaseGivesTheSameRecord() {
        run("--db", db(), "import", Fixtures.gdelt2().toString());
        String csv = dir.resolve("all.csv").toString();
        String json = dir.resolve("all.json").toString();
        CliRun exportCsv = run("--db", db(), "export", csv);
        assertThat(exportCsv.exitCode()).as(exportCsv.err()).isZero();
        assertThat(exportCsv.out()).contains("(csv)");
        assertThat(run("--db", db(), "export", json).out()).contains("(json)");
        CliRun filtered = run("--db", db(), "export", dir.resolve("ca-ru.csv").toString(), "--dyad", "CA-RU");
        assertThat(filtered.out()).startsWith("Exported 3 contacts");

        String other = dir.resolve("other.db").toString();
        assertThat(run("--db", other, "list", "--format", "json", "--from", "2030").exitCode()).isZero();
        CliRun back = run("--db", other, "import", csv);
        assertThat(back.exitCode()).as(back.err()).isZero();
        // The seed contacts are there already: the same content counts as present.
        assertThat(number(back.out(), "already present")).isEqualTo(3);
        assertThat(count(other)).isEqualTo(count(db()));
        // CSV and JSON carry the same contacts with their reports: the JSON adds nothing.
        CliRun reports = run("--db", other, "import", json);
        assertThat(reports.exitCode()).as(reports.err()).isZero();
        assertThat(number(reports.out(), "imported")).isZero();
        assertThat(count(other)).isEqualTo(count(db()));
    }
}
