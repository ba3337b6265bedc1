package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated faulty files: the right rows are reported, with their lines, and the rest imports. */
class MalformedInputTest {
    @TempDir
    Path dir;

    static final String HEADER = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
            + "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
            + "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

    static String icews(String id, String date, String code, String target) {
        return String.join("\t", id, date, "Mike Pompeo", "Government,Executive,Foreign Ministry", "United States",
                "Engage in negotiation", code, "7", "Kim Yong-chol", "Government", target, "47400387", "2",
                "Yonhap English News", "New York City", "NA", "state of New York", "United States", "40.7143",
                "-74.006");
    }

    /** Line 1 header; 2 good; 3 too few columns; 4 bad date; 5 unknown code; 6 invalid UTF-8; 7 good; 8 truncated. */
    static byte[] faultyIcews(String eol, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String good = icews("1", "2018-06-01", "046", "North Korea");
        out.write((HEADER + eol + good + eol + "2\t2018-06-01\tonly three" + eol
                + icews("3", "2018-02-30", "046", "North Korea") + eol
                + icews("4", "2018-06-01", "999", "North Korea") + eol).getBytes(StandardCharsets.UTF_8));
        byte[] bad = icews("5", "2018-06-01", "046", "North Korea").getBytes(StandardCharsets.UTF_8);
        bad[new String(bad, StandardCharsets.UTF_8).indexOf("Pompeo")] = (byte) 0xC3; // a lead byte, then ASCII
        out.write(bad);
        out.write((eol + icews("6", "2018-06-02", "042", "Canada") + eol
                + icews("7", "2018-06-03", "040", "Canada").substring(0, 40)).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private ImportReport run(Path file, boolean strict, CollectingStore store) {
        return new DataImport().run(file, ImportFormat.AUTO, strict, ImportProgress.NONE, () -> false, store);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LF", "CRLF", "BOM+CRLF"})
    void faultyRowsAreReportedWithTheirLinesAndTheRestImports(String variant) throws IOException {
        Path file = dir.resolve("faulty.tab");
        Files.write(file, faultyIcews(variant.endsWith("CRLF") ? "\r\n" : "\n", variant.startsWith("BOM")));
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, false, store);

        assertThat(report.format()).isEqualTo(ImportFormat.ICEWS);
        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(store.contacts).extracting(c -> c.provenance().eventId()).containsExactly("1", "6");
        assertThat(report.skipped(SkipReason.BAD_DATE)).isEqualTo(1);
        assertThat(report.skipped(SkipReason.NOT_CONTACT_CODE)).isEqualTo(1);
        assertThat(report.skipped(SkipReason.MALFORMED)).isEqualTo(3);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3L, 6L, 8L);
        assertThat(report.problems().get(1).message()).contains("UTF-8");
        assertThat(report.imported() + report.alreadyPresent() + report.skipped()).isEqualTo(report.rows());
        assertThat(store.contacts.get(0).b().country().alpha2()).isEqualTo("KP");
        assertThat(store.contacts.get(1).summary()).doesNotContain("\r");
    }

    @Test
    void strictStopsAtTheFirstMalformedRow() throws IOException {
        Path file = dir.resolve("faulty.tab");
        Files.write(file, faultyIcews("\n", false));
        assertThatThrownBy(() -> run(file, true, new CollectingStore()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("faulty.tab line 3: expected 20 tab-separated columns");
    }

    @Test
    void gdeltRowsWithWrongColumnCountsAndPaddedOrQuotedFields() throws IOException {
        List<String> sample = Files.readAllLines(Fixtures.gdelt2(), StandardCharsets.UTF_8).subList(0, 40);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sample.size(); i++) {
            String line = sample.get(i);
            if (i == 5) {
                line = line.substring(0, line.lastIndexOf('\t')); // 60 columns
            } else if (i == 6) {
                line = line + "\t\t"; // empty trailing columns: fine
            } else if (i == 7) {
                line = line + "\textra"; // 62 columns
            }
            sb.append(line).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        Path file = dir.resolve("gdelt.tsv");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        ImportReport report = run(file, false, new CollectingStore());
        assertThat(report.format()).isEqualTo(ImportFormat.GDELT2);
        assertThat(report.rows()).isEqualTo(40);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(6L, 8L);
    }

    @Test
    void quotedFieldsMayHoldTabsAndLineBreaks() throws IOException {
        String row = icews("1", "2018-06-01", "046", "North Korea").replace("Engage in negotiation",
                "\"Engage\tin\nnegotiation, \"\"talks\"\"\"");
        Path file = dir.resolve("quoted.tab");
        Files.writeString(file, HEADER + "\n" + row + "\n" + icews("2", "2018-06-01", "046", "Japan") + "\n");
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, true, store);
        assertThat(report.rows()).isEqualTo(2);
        assertThat(store.contacts.get(0).summary()).startsWith("Engage\tin\nnegotiation, \"talks\": Mike Pompeo");
    }

    @Test
    void compressedFilesImportLikeThePlainOnes() throws IOException {
        byte[] plain = Files.readAllBytes(Fixtures.icews());
        Path gz = dir.resolve("events.tab.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(plain);
        }
        Path zip = dir.resolve("events.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("inside/events.tab"));
            out.write(plain);
            out.closeEntry();
        }
        ImportReport direct = run(Fixtures.icews(), false, new CollectingStore());
        ImportReport fromGz = run(gz, false, new CollectingStore());
        ImportReport fromZip = run(zip, false, new CollectingStore());
        assertThat(fromGz.imported()).isEqualTo(direct.imported());
        assertThat(fromZip.imported()).isEqualTo(direct.imported());
        assertThat(fromZip.file()).isEqualTo("events.zip!/inside/events.tab");
    }

    @Test
    void emptyBinaryAndForeignFilesGetOneClearMessage() throws IOException {
        Path empty = Files.write(dir.resolve("empty.tsv"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.csv"), "\uFEFF\n\n");
        byte[] noise = new byte[5000];
        new Random(1).nextBytes(noise);
        Path binary = Files.write(dir.resolve("photo.jpg"), noise);
        Path other = Files.writeString(dir.resolve("names.csv"), "name,age\nAda,36\n");
        assertThatThrownBy(() -> run(empty, false, new CollectingStore())).isInstanceOf(ImportException.class)
                .hasMessage("empty.tsv: is empty: there is nothing to import");
        assertThatThrownBy(() -> run(blank, false, new CollectingStore())).hasMessageContaining("is empty");
        assertThatThrownBy(() -> run(binary, false, new CollectingStore())).hasMessageStartingWith(
                "photo.jpg: is not a text file");
        assertThatThrownBy(() -> run(other, false, new CollectingStore())).hasMessageStartingWith(
                "names.csv line 1: is not in a format DiploTrack can import");
        assertThatThrownBy(() -> new DataImport().run(Fixtures.file("cameo-eventcodes.txt"), ImportFormat.ICEWS,
                false, ImportProgress.NONE, () -> false, new CollectingStore()))
                .hasMessageContaining("this ICEWS header lacks the column");
    }

    @Test
    void nativeCsvRowsWithBadFieldsAreReportedByTheLineTheyStartOn() throws IOException {
        List<org.diplotrack.model.Contact> contacts = new TrickyContacts(9).next(3);
        java.io.StringWriter out = new java.io.StringWriter();
        new ContactCsvWriter().write(contacts, out);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(out.toString()))
                .getRecords();
        String csv = out.toString().replace("\r\n" + records.get(1).get("id") + "," + records.get(1).get("date") + ",",
                "\r\n" + records.get(1).get("id") + ",2022-02-30,") + "9,2022,,maybe,CA,RU\r\n";
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
        CollectingStore store = new CollectingStore();
        ImportReport report = run(file, false, store);
        assertThat(report.format()).isEqualTo(ImportFormat.CSV);
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.imported()).isEqualTo(2);
        long secondStarts = records.get(1).getCharacterPosition();
        long line = out.toString().substring(0, (int) secondStarts).chars().filter(c -> c == '\n').count() + 1;
        assertThat(report.problems()).extracting(ImportReport.Problem::line).first().isEqualTo(line);
        assertThat(report.problems().get(0).field()).isEqualTo("date");
        assertThat(report.problems().get(1).message()).contains("expected " + ContactCsvWriter.COLUMNS.size() + " columns");
        assertThatThrownBy(() -> run(file, true, new CollectingStore())).hasMessageContaining("field 'date'");
    }
}
