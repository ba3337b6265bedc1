package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.diplotrack.model.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Native CSV as spreadsheets save it: any order, case and subset of the columns, comma, semicolon
 * or tab, with or without a byte-order mark, UTF-8 or Windows-1252; detected without --format.
 */
class SpreadsheetCsvTest {
    private static final List<String> REQUIRED = List.of("date", "country_a", "country_b", "mode", "status");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    /** The rows the tests write, by column; what the import must give back. */
    private static List<Map<String, String>> rows() {
        return List.of(
                row("2022-05-01", "CA", "RU", "visit", "held", "Lavrov’s visit, café; \"talks\""),
                row("2022-06", "FR", "DE", "phone-call", "held", "Élysée call"),
                row("2023", "US", "CN", "negotiation", "proposed", "plain text"));
    }

    private static Map<String, String> row(String date, String a, String b, String mode, String status, String summary) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("date", date);
        row.put("country_a", a);
        row.put("country_b", b);
        row.put("mode", mode);
        row.put("status", status);
        row.put("summary", summary);
        row.put("level_a", "minister");
        row.put("tags", "Ukraine; trade");
        return row;
    }

    /** A spreadsheet: the header cells as given (each naming a column of the rows, maybe in another case), the rows' cells under them. */
    private static String sheet(List<String> header, String delimiter, List<Map<String, String>> rows) {
        StringBuilder sb = new StringBuilder(header.stream().map(h -> cell(h, delimiter))
                .collect(Collectors.joining(delimiter))).append("\r\n");
        for (Map<String, String> row : rows) {
            sb.append(header.stream().map(h -> cell(row.getOrDefault(h.strip().toLowerCase(), ""), delimiter))
                    .collect(Collectors.joining(delimiter))).append("\r\n");
        }
        return sb.toString();
    }

    private static String cell(String text, String delimiter) {
        if (text.contains(delimiter) || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportReport run(Path file, CollectingStore store) {
        return new DataImport().run(file, ImportFormat.AUTO, false, ImportProgress.NONE, () -> false, store);
    }

    /** The contacts hold the rows' values (those of the columns the sheet had) in the rows' order. */
    private static void assertImported(ImportReport report, CollectingStore store, List<Map<String, String>> rows,
                                       List<String> columns) {
        assertThat(report.format()).isEqualTo(ImportFormat.CSV);
        assertThat(report.rows()).isEqualTo(rows.size());
        assertThat(report.imported()).isEqualTo(rows.size());
        assertThat(report.skipped()).isZero();
        assertThat(store.contacts).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Contact c = store.contacts.get(i);
            assertThat(c.date()).hasToString(row.get("date"));
            assertThat(c.a().country().alpha2()).isEqualTo(row.get("country_a"));
            assertThat(c.b().country().alpha2()).isEqualTo(row.get("country_b"));
            assertThat(c.mode().code()).isEqualTo(row.get("mode"));
            assertThat(c.status().code()).isEqualTo(row.get("status"));
            assertThat(c.summary()).isEqualTo(columns.contains("summary") ? row.get("summary") : null);
            assertThat(c.a().level().code()).isEqualTo(columns.contains("level_a") ? "minister" : "unknown");
            assertThat(c.tags()).isEqualTo(columns.contains("tags") ? List.of("Ukraine", "trade") : List.of());
        }
    }

    @Test
    void columnsInAnyOrderAreDetectedAndRead() throws IOException {
        List<String> columns = new ArrayList<>(List.of("date", "country_a", "country_b", "mode", "status", "summary",
                "level_a", "tags"));
        Collections.shuffle(columns, new Random(13));
        Collections.swap(columns, 0, columns.indexOf("status")); // never the writer's order, whatever the shuffle
        Path file = write("shuffled.csv", sheet(columns, ",", rows()));
        CollectingStore store = new CollectingStore();
        assertImported(run(file, store), store, rows(), columns);
    }

    @Test
    void upperAndMixedCaseHeadersWithSpacesAroundThem() throws IOException {
        List<String> header = List.of(" DATE", "Country_A ", "COUNTRY_B", " Mode ", "Status", "Summary");
        Path file = write("cased.csv", sheet(header, ",", rows()));
        CollectingStore store = new CollectingStore();
        assertImported(run(file, store), store, rows(), List.of("summary"));
    }

    @Test
    void theRequiredColumnsAloneAreEnough() throws IOException {
        Path file = write("required.csv", sheet(REQUIRED, ",", rows()));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, store);
        assertImported(report, store, rows(), REQUIRED);
        assertThat(store.contacts).allSatisfy(c -> assertThat(c.provenance().file()).isEqualTo("required.csv"));
    }

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(strings = {"comma", "semicolon", "tab"})
    void commaSemicolonAndTabAreEachTold(String name) throws IOException {
        String delimiter = switch (name) {
            case "comma" -> ",";
            case "semicolon" -> ";";
            default -> "\t";
        };
        List<String> columns = List.of("Date", "Country_A", "Country_B", "Mode", "Status", "Summary", "Tags");
        Path file = write(name + ".csv", sheet(columns, delimiter, rows()));
        CollectingStore store = new CollectingStore();
        assertImported(run(file, store), store, rows(), List.of("summary", "tags"));
        // The same file with --format csv: the delimiter is told from the header there too.
        CollectingStore forced = new CollectingStore();
        new DataImport().run(file, ImportFormat.CSV, true, ImportProgress.NONE, () -> false, forced);
        assertThat(forced.contacts).isEqualTo(store.contacts);
    }

    @Test
    void aByteOrderMarkIsPassedOver() throws IOException {
        Path file = write("bom.csv", "\uFEFF" + sheet(List.of("Date", "Country_A", "Country_B", "Mode", "Status"), ";",
                rows()));
        CollectingStore store = new CollectingStore();
        assertImported(run(file, store), store, rows(), REQUIRED);
    }

    @Test
    void windows1251FromARussianExcelIsReadAsCyrillic() throws IOException {
        String text = "date;country_a;country_b;mode;status;summary;location\n"
                + "2022-01-29;RU;CA;embassy_channel;held;Контакты ограничены уровнем послов;Оттава\n"
                + "2021-06-16;RU;US;third_location;held;Встреча президентов в Женеве;Женева\n";
        byte[] bytes = text.getBytes(Utf8OrLegacyReader.WINDOWS_1251);
        CollectingStore store = new CollectingStore();
        ImportReport report = run(write("excel-ru.csv", bytes), store);
        assertThat(report.encoding()).isEqualTo("Windows-1251");
        assertThat(store.contacts).extracting(Contact::summary)
                .containsExactly("Контакты ограничены уровнем послов", "Встреча президентов в Женеве");
        assertThat(store.contacts).extracting(Contact::location).containsExactly("Оттава", "Женева");
    }

    @Test
    void westernAccentsAmongCyrillicGuessesStayWestern() {
        // Accents stand alone between ASCII letters; Cyrillic letters come in runs.
        ByteBuffer french = ByteBuffer.wrap("Visite d’État à Alger; élu".getBytes(WINDOWS_1252));
        ByteBuffer german = ByteBuffer.wrap("Gespräch über Außenpolitik".getBytes(WINDOWS_1252));
        ByteBuffer russian = ByteBuffer.wrap("Лавров и Блинкен".getBytes(Utf8OrLegacyReader.WINDOWS_1251));
        assertThat(Utf8OrLegacyReader.codePageOf(french)).isEqualTo(WINDOWS_1252);
        assertThat(Utf8OrLegacyReader.codePageOf(german)).isEqualTo(WINDOWS_1252);
        assertThat(Utf8OrLegacyReader.codePageOf(russian)).isEqualTo(Utf8OrLegacyReader.WINDOWS_1251);
    }

    @Test
    void windows1252FromExcelIsReadAndTheReportSaysSo() throws IOException {
        String text = sheet(List.of("date", "country_a", "country_b", "mode", "status", "summary"), ";", rows());
        byte[] bytes = text.getBytes(WINDOWS_1252);
        assertThat(bytes).contains((byte) 0xE9, (byte) 0x92); // é and ’ as Excel saves them
        Path file = write("excel.csv", bytes);
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, store);
        assertImported(report, store, rows(), List.of("summary"));
        assertThat(report.toText()).contains("Windows-1252");

        CollectingStore utf8 = new CollectingStore();
        assertThat(run(write("utf8.csv", text), utf8).toText()).doesNotContain("Windows-1252");
        assertThat(utf8.contacts).extracting(Contact::summary)
                .isEqualTo(store.contacts.stream().map(Contact::summary).toList());
    }

    @Test
    void longFilesAreDecodedAcrossBufferBoundaries() throws IOException {
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            many.addAll(rows());
        }
        List<String> columns = List.of("date", "country_a", "country_b", "mode", "status", "summary");
        Path utf8 = write("long.csv", sheet(columns, ",", many));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(utf8, store);
        assertImported(report, store, many, List.of("summary"));
        assertThat(report.encoding()).isEqualTo("UTF-8");

        // Windows-1252 whose first non-ASCII byte comes long after the 64 KiB the format is told from.
        List<Map<String, String>> late = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            late.add(row("2022", "CA", "RU", "visit", "held", "ascii only " + i));
        }
        late.add(rows().get(0));
        byte[] bytes = sheet(columns, ";", late).getBytes(WINDOWS_1252);
        assertThat(bytes.length).isGreaterThan(FormatDetector.SAMPLE);
        CollectingStore lateStore = new CollectingStore();
        ImportReport lateReport = run(write("late.csv", bytes), lateStore);
        assertImported(lateReport, lateStore, late, List.of("summary"));
        assertThat(lateReport.encoding()).isEqualTo("Windows-1252");
    }

    @Test
    void aStrayByteInAUtf8FileIsAMalformedRowThatSaysHowToSave() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("date,country_a,country_b,mode,status,summary\n2022,CA,RU,visit,held,café\n"
                .getBytes(StandardCharsets.UTF_8));
        out.write("2022,CA,RU,visit,held,bad ".getBytes(StandardCharsets.UTF_8));
        out.write(0x92);
        out.write("\n2023,CA,RU,visit,held,fine\n".getBytes(StandardCharsets.UTF_8));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(write("mixed.csv", out.toByteArray()), store);
        assertThat(report.rows()).isEqualTo(3);
        assertThat(store.contacts).extracting(Contact::summary).containsExactly("café", "fine");
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("UTF-8").contains("CSV UTF-8");
        });
        assertThat(report.toText()).doesNotContain("Windows-1252");
    }

    @Test
    void whatIsNotANativeCsvIsStillRefusedAndEventDataStillTold() throws IOException {
        assertThatThrownBy(() -> run(write("names.csv", "name;age\nAda;36\n"), new CollectingStore()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("names.csv line 1: is not in a format DiploTrack can import");
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> run(write("sheet.csv", noise), new CollectingStore()))
                .hasMessageStartingWith("sheet.csv: is not a text file");
        byte[] utf16 = ("\uFEFF" + sheet(REQUIRED, "\t", rows())).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> run(write("unicode.txt", utf16), new CollectingStore()))
                .hasMessageStartingWith("unicode.txt: is UTF-16 text").hasMessageContaining("CSV UTF-8");
        byte[] french = "date;pays;remarque\n2022;Canada;été, café, élève, déjà, à côté\n".repeat(20)
                .getBytes(WINDOWS_1252);
        assertThatThrownBy(() -> run(write("french.csv", french), new CollectingStore()))
                .hasMessageStartingWith("french.csv line 1: is not in a format DiploTrack can import");

        String gdelt = String.join("\t", Collections.nCopies(58, "date"));
        assertThat(FormatDetector.detect(gdelt + "\n", "g.csv")).isEqualTo(ImportFormat.GDELT1);
        assertThat(FormatDetector.detect(MalformedInputTest.HEADER + "\n", "i.tab")).isEqualTo(ImportFormat.ICEWS);
        assertThat(FormatDetector.detect(String.join("\t", REQUIRED) + "\n", "n.tsv")).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void aMissingRequiredColumnIsNamed() throws IOException {
        Path file = write("partial.csv", sheet(List.of("date", "country_a", "country_b", "mode", "summary"), ";",
                rows()));
        assertThatThrownBy(() -> run(file, new CollectingStore())).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).field()).isEqualTo("status"))
                .hasMessageStartingWith("partial.csv line 1, field 'status': this CSV header lacks the column");
        assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.CSV, false, ImportProgress.NONE, () -> false,
                new CollectingStore())).hasMessageStartingWith("partial.csv line 1, field 'status'");
    }

    @Test
    void unknownColumnsAreIgnoredAndListedInTheReport() throws IOException {
        List<String> header = List.of("date", "Notes", "country_a", "country_b", "mode", "status", "Source URL");
        Path file = write("extra.csv", sheet(header, ",", rows()));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, store);
        assertImported(report, store, rows(), REQUIRED);
        assertThat(report.toText()).contains("2 unknown columns ignored: 'Notes', 'Source URL'");

        Path twice = write("twice.csv", sheet(List.of("date", "country_a", "country_b", "mode", "status", "Mode"),
                ",", rows()));
        assertThatThrownBy(() -> run(twice, new CollectingStore()))
                .hasMessageStartingWith("twice.csv line 1, field 'mode': the header names the column twice");
    }

    @Test
    void aBadValueIsReportedWithItsLineAndField() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>(rows());
        Map<String, String> bad = new LinkedHashMap<>(rows.get(1));
        bad.put("mode", "flying");
        rows.set(1, bad);
        Path file = write("bad.csv", sheet(List.of("Status", "Mode", "Date", "Country_A", "Country_B"), ";", rows));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, store);
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("mode");
            assertThat(p.message()).contains("flying");
        });
        assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.AUTO, true, ImportProgress.NONE, () -> false,
                new CollectingStore())).hasMessageStartingWith("bad.csv line 3, field 'mode': unknown mode 'flying'");
    }

    @Test
    void aCsvReportListsOnlyTheReasonsThatApplyToCsv() throws IOException {
        Path csv = write("report.csv", sheet(REQUIRED, ",", rows()));
        List<String> csvReasons = skipLines(run(csv, new CollectingStore()));
        assertThat(csvReasons).containsExactly("skipped, malformed row");

        Path icews = write("events.tab", MalformedInputTest.HEADER + "\n"
                + MalformedInputTest.icews("1", "2018-06-01", "046", "North Korea") + "\n");
        // An event file lists the reasons an event row can have, not the Office of the Historian's.
        assertThat(skipLines(run(icews, new CollectingStore()))).containsExactly("skipped, not a contact code",
                "skipped, international organisation", "skipped, news media", "skipped, business",
                "skipped, non-governmental organisation", "skipped, opposition or armed group",
                "skipped, religious actor", "skipped, citizens, civilians", "skipped, former official",
                "skipped, same country on both sides", "skipped, unknown or missing country", "skipped, bad date",
                "skipped, malformed row");
    }

    private static List<String> skipLines(ImportReport report) {
        return report.toText().lines().map(String::strip).filter(l -> l.startsWith("skipped"))
                .map(l -> l.replaceAll("\\s+[0-9,]+$", "")).toList();
    }
}
