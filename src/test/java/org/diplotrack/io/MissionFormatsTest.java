package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplotrack.TestMissions.CA;
import static org.diplotrack.TestMissions.RU;
import static org.diplotrack.TestMissions.US;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.diplotrack.TestMissions;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Provenance;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missions in the native JSON and CSV formats (issue 17): written and read back without loss; bad input named. */
class MissionFormatsTest {
    @TempDir
    Path dir;

    private static List<Mission> samples() {
        Instant t = Instant.parse("2024-05-01T10:00:00.123Z");
        return List.of(TestMissions.full().withId(7, t, t.plusSeconds(60)),
                TestMissions.of(US, RU, MissionRank.AMBASSADOR, "John J. Sullivan", "2020-01-16", null).withId(8, t, t),
                TestMissions.of(CA, RU, MissionRank.INTERESTS_SECTION, null, "2022-03", "2023").withId(9, t, t),
                TestMissions.of(RU, CA, MissionRank.CHARGE_AD_INTERIM, "=cmd|' /C calc'!A0", "2022", null));
    }

    /** What reading gives back: the same missions without their ids (a store gives new ones). */
    private static List<Mission> withoutIds(List<Mission> missions) {
        return missions.stream().map(m -> m.withId(0, m.created(), m.modified())).toList();
    }

    private static ImportReport importFile(Path file, CollectingMissions store, boolean strict) {
        return new DataImport().run(file, ImportFormat.AUTO, strict, (r, d, t) -> { }, () -> false,
                c -> { throw new AssertionError("no contacts here"); }, store);
    }

    @Test
    void jsonRoundTripsEveryField() throws IOException {
        StringWriter json = new StringWriter();
        new MissionJson().write(samples(), json);
        assertThat(json.toString()).startsWith("{\n  \"format\" : \"diplotrack-missions\",\n  \"version\" : 1,");
        List<Mission> back = new MissionJson().read(new ByteArrayInputStream(json.toString()
                .getBytes(StandardCharsets.UTF_8)), "m.json");
        assertThat(back).isEqualTo(withoutIds(samples()));

        Path file = dir.resolve("m.json");
        Files.writeString(file, json.toString());
        CollectingMissions store = new CollectingMissions();
        ImportReport report = importFile(file, store, false);
        assertThat(report.format()).isEqualTo(ImportFormat.MISSIONS_JSON);
        assertThat(report.rows()).isEqualTo(4);
        assertThat(store.missions).isEqualTo(withoutIds(samples()));
    }

    @Test
    void csvRoundTripsEveryFieldAndKeepsSpreadsheetsFromRunningCells() throws IOException {
        StringBuilder csv = new StringBuilder();
        new MissionCsv().write(samples(), csv);
        assertThat(csv.toString()).startsWith(
                "id,sending,receiving,head,title,rank,from,to,end,notes,sources,origin,dataset,file,event_id,created,modified\r\n");
        assertThat(csv.toString()).contains("'=cmd|");
        Path file = dir.resolve("m.csv");
        Files.writeString(file, csv.toString());
        CollectingMissions store = new CollectingMissions();
        ImportReport report = importFile(file, store, false);
        assertThat(report.format()).isEqualTo(ImportFormat.MISSIONS_CSV);
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.skipped()).isZero();
        assertThat(store.missions).isEqualTo(withoutIds(samples()));
    }

    @Test
    void aMissionWithoutProvenanceIsANativeImportOfItsFile() throws IOException {
        Path file = dir.resolve("typed.csv");
        Files.writeString(file, "Sending,Receiving,Rank,From,Head\nUS,Russia,ambassador,2020-01-16,John J. Sullivan\n");
        CollectingMissions store = new CollectingMissions();
        importFile(file, store, false);
        assertThat(store.missions).singleElement().satisfies(m -> {
            assertThat(m.receiving()).isEqualTo(RU);
            assertThat(m.provenance()).isEqualTo(Provenance.nativeImport("typed.csv"));
        });
    }

    @Test
    void badJsonNamesFileLineAndFieldAndWritesNothing() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {
                  "format": "diplotrack-missions",
                  "version": 1,
                  "missions": [
                    { "sending": "US", "receiving": "RU", "head": "A", "rank": "ambassador", "from": "2020" },
                    { "sending": "US", "receiving": "RU", "head": "B", "rank": "ambassador",
                      "from": "2020-05", "to": "2020-04-30" }
                  ]
                }
                """);
        try (Database db = Database.open(dir.resolve("j.db"), List::of)) {
            assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.AUTO, false, (r, d, t) -> { }, () -> false,
                    c -> db.contacts().importAll(c, () -> false), m -> db.missions().importAll(m, () -> false)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.file()).isEqualTo("bad.json");
                        assertThat(e.line()).isEqualTo(6);
                        assertThat(e.field()).isEqualTo("to");
                        assertThat(e.getMessage()).contains("2020-04-30");
                    });
            assertThat(db.missions().count()).isZero();
        }
        Files.writeString(file, "{\"format\": \"diplotrack-missions\", \"version\": 2, \"missions\": []}");
        assertThatThrownBy(() -> importFile(file, new CollectingMissions(), false))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.field()).isEqualTo("version"));
        Files.writeString(file, "{\"format\": \"diplotrack-missions\", \"version\": 1, \"missions\": [{\"sending\": \"US\","
                + " \"receiving\": \"XX\", \"rank\": \"ambassador\", \"from\": \"2000\", \"head\": \"A\"}]}");
        assertThatThrownBy(() -> importFile(file, new CollectingMissions(), false))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.field()).isEqualTo("receiving");
                    assertThat(e.getMessage()).contains("XX");
                });
    }

    @Test
    void badCsvRowsAreNamedAndAStrictImportWritesNothing() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                sending,receiving,rank,from,to,head,end
                US,RU,ambassador,2020-01-16,,John J. Sullivan,
                US,RU,consul,2020-01-16,,X,
                US,RU,ambassador,2020-01-16,,,
                US,RU,ambassador,2020-01-16,,Y,died
                US,US,ambassador,2020-01-16,,Z,
                """);
        CollectingMissions store = new CollectingMissions();
        ImportReport report = importFile(file, store, false);
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped(SkipReason.MALFORMED)).isEqualTo(4);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(report.problems()).extracting(ImportReport.Problem::field)
                .containsExactly("rank", "head", "end", "receiving");
        try (Database db = Database.open(dir.resolve("c.db"), List::of)) {
            assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.MISSIONS_CSV, true, (r, d, t) -> { },
                    () -> false, c -> db.contacts().importAll(c, () -> false),
                    m -> db.missions().importAll(m, () -> false)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.file()).isEqualTo("bad.csv");
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.field()).isEqualTo("rank");
                    });
            assertThat(db.missions().count()).isZero();
        }
        Files.writeString(file, "sending,receiving,from\nUS,RU,2020\n");
        for (ImportFormat format : List.of(ImportFormat.AUTO, ImportFormat.MISSIONS_CSV)) {
            assertThatThrownBy(() -> new DataImport().run(file, format, false, (r, d, t) -> { },
                    () -> false, c -> null, new CollectingMissions()))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.field()).isEqualTo("rank");
                        assertThat(e.line()).isEqualTo(1);
                    });
        }
    }

    @Test
    void anExportImportedBackAddsNothing() throws IOException {
        try (Database db = Database.open(dir.resolve("back.db"), List::of)) {
            for (Mission m : samples()) {
                db.missions().add(m.withId(0, null, null));
            }
            StringWriter json = new StringWriter();
            new MissionJson().write(db.missions().all(), json);
            StringBuilder csv = new StringBuilder();
            new MissionCsv().write(db.missions().all(), csv);
            for (String[] f : new String[][] {{"all.json", json.toString()}, {"all.csv", csv.toString()}}) {
                Path file = dir.resolve(f[0]);
                Files.writeString(file, f[1]);
                ImportReport report = new DataImport().run(file, ImportFormat.AUTO, false, (r, d, t) -> { },
                        () -> false, c -> db.contacts().importAll(c, () -> false),
                        m -> db.missions().importAll(m, () -> false));
                assertThat(report.imported()).as(f[0]).isZero();
                assertThat(report.alreadyPresent()).as(f[0]).isEqualTo(samples().size());
            }
            assertThat(db.missions().count()).isEqualTo(samples().size());
        }
    }
}
