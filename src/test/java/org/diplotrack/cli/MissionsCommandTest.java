package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.diplotrack.io.Fixtures;
import org.diplotrack.io.MissionJson;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionRank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of the chiefs of mission and {@code missions} (issue 17). */
class MissionsCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(null, args);
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    @BeforeEach
    void importTheChiefs() {
        CliRun imported = run("--db", db(), "import", Fixtures.file("hsg/pocom").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("pocom (Office of the Historian chiefs of mission): 276 rows");
        assertThat(imported.out()).contains("appointment that never took effect");
    }

    @Test
    void whoHeadedEachSidesMissionOnADay() {
        CliRun run = run("--db", db(), "missions", "--dyad", "US-RU", "--as-of", "2022-01-29");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                Russia–United States (RU-US), as of 2022-01-29
                Russia → United States: none on record
                United States → Russia: John J. Sullivan (ambassador), since 2020-01-16
                """);
        assertThat(run("--db", db(), "missions", "--dyad", "RUS-USA", "--as-of", "1960-01-01").out())
                .contains("United States → Russia: no one in post since 1917-11-08");
        // With predecessors the Soviet Union's missions stand on Russia's side (decision 0024).
        assertThat(run("--db", db(), "missions", "--dyad", "RU-US", "--with-predecessors", "--as-of", "1960-01-01")
                .out()).contains("United States → Soviet Union: Llewellyn E. Thompson, Jr. (ambassador), since 1957-07-16");
        assertThat(run("--db", db(), "missions", "--dyad", "US-CU", "--as-of", "1990-01-01").out())
                .contains("United States → Cuba: John Jackson Taylor (interests section), since 1987-09");
        assertThat(run("--db", db(), "missions", "--dyad", "US-RU", "--as-of", "1800-01-01").out())
                .contains("United States → Russia: no mission on record by then (the first from 1809-11-05)");
        assertThat(run("--lang", "fr", "--db", db(), "missions", "--dyad", "US-RU", "--as-of", "2022-01-29").out())
                .contains("John J. Sullivan (ambassadeur), depuis 2020-01-16");
        assertThat(run("--lang", "ru", "--db", db(), "missions", "--dyad", "US-RU", "--as-of", "2022-01-29").out())
                .contains("John J. Sullivan (посол), с 2020-01-16");
    }

    @Test
    void aPairsMissionsAsATableJsonAndCsv() {
        CliRun table = run("--db", db(), "missions", "--dyad", "US-RU");
        assertThat(table.exitCode()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).matches("ID +FROM +TO +SIDE +RANK +HEAD OF MISSION +ENDED");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\d+ +1809-11-05 +1814-04-28 +US→RU +envoy or minister"
                + " +John Quincy Adams +left post"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\d+ +2020-01-16 +US→RU +ambassador +John J. Sullivan"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ missions");

        CliRun json = run("--db", db(), "missions", "--dyad", "US-RU", "--format", "json");
        List<Mission> missions = new MissionJson().read(new ByteArrayInputStream(json.out()
                .getBytes(StandardCharsets.UTF_8)), "out.json");
        assertThat(missions).hasSize(lines.size() - 2);
        assertThat(missions).allSatisfy(m -> assertThat(m.receiving().alpha2()).isEqualTo("RU"));

        CliRun csv = run("--db", db(), "missions", "--dyad", "US-RU", "--as-of", "2022-01-29", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(2).first().asString().startsWith("id,sending,receiving,head,");
        assertThat(csv.out()).contains("John J. Sullivan");
    }

    @Test
    void aSearchFindsAHeadOfMissionInEveryPairWhateverTheCaseAndAccents() throws Exception {
        // Counted from the XML, not by the importer: the chiefs whose person is a Huntsman (all in post).
        long huntsmans = 0;
        try (var files = java.nio.file.Files.list(Fixtures.file("hsg/pocom/missions-countries"))) {
            for (Path f : files.toList()) {
                huntsmans += java.util.regex.Pattern.compile("<person-id>huntsman-")
                        .matcher(java.nio.file.Files.readString(f)).results().count();
            }
        }
        assertThat(huntsmans).isEqualTo(2);
        CliRun run = run("--db", db(), "missions", "--search", "HUNTSMAN jon");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("Huntsman")).count()).isEqualTo(huntsmans);
        assertThat(run.out()).contains("US→CN").contains("US→RU");
        assertThat(run.out().strip()).endsWith(huntsmans + " missions");
        // accents and case do not count; every word must match; the pair narrows it down
        assertThat(run("--db", db(), "missions", "--search", "húntsman").out()).contains("US→CN");
        assertThat(run("--db", db(), "missions", "--search", "huntsman zzz").out()).doesNotContain("Huntsman")
                .contains("0 missions");
        CliRun inRussia = run("--db", db(), "missions", "--search", "huntsman", "--dyad", "RU-US");
        assertThat(inRussia.out()).contains("US→RU").doesNotContain("US→CN").contains("1 mission");
    }

    @Test
    void everyoneInPostOnADayAndReimportAddsNothing() {
        CliRun run = run("--db", db(), "missions", "--as-of", "1975-01-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("US→CN").contains("George Herbert Walker Bush").contains("interests section")
                .contains("US→TW").contains("US→TR").doesNotContain("US→RU");
        CliRun again = run("--db", db(), "import", Fixtures.file("hsg/pocom/missions-countries").toString());
        assertThat(again.out()).containsPattern("imported +0\n");
        CliRun json = run("--db", db(), "missions", "--format", "json");
        assertThat(new MissionJson().read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), "x"))
                .anySatisfy(m -> assertThat(m.rank()).isEqualTo(MissionRank.CHARGE_AD_INTERIM));
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun notADay = run("--db", db(), "missions", "--dyad", "US-RU", "--as-of", "2022-01");
        assertThat(notADay.exitCode()).isEqualTo(2);
        assertThat(notADay.err().lines()).singleElement().asString().contains("2022-01").contains("--as-of");
        CliRun badPair = run("--db", db(), "missions", "--dyad", "US-XX");
        assertThat(badPair.exitCode()).isEqualTo(2);
        assertThat(badPair.err()).contains("XX");
        CliRun badFormat = run("--db", db(), "missions", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        CliRun noFile = run("--db", db(), "import", dir.resolve("nothing-here").toString());
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.err()).contains("nothing-here");
        CliRun help = run("missions", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--as-of").contains("who headed each side's mission");
    }
}
