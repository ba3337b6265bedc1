package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.diplotrack.model.Contact;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property-style: random contacts full of awkward text come back from CSV and JSON exactly (but for the id). */
class RoundTripTest {
    @TempDir
    Path dir;

    private List<Contact> readBack(Path file, ImportFormat format) {
        CollectingStore store = new CollectingStore();
        ImportReport report = new DataImport().run(file, format, true, ImportProgress.NONE, () -> false, store);
        assertThat(report.skipped()).isZero();
        return store.contacts;
    }

    private static void assertSameButId(List<Contact> back, List<Contact> original) {
        assertThat(back).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            Contact o = original.get(i);
            assertThat(back.get(i).withId(o.id(), back.get(i).created(), back.get(i).modified())).isEqualTo(o);
        }
    }

    @RepeatedTest(10)
    void csvRoundTripIsLossless(RepetitionInfo run) throws IOException {
        List<Contact> original = new TrickyContacts(run.getCurrentRepetition()).next(60);
        StringWriter out = new StringWriter();
        new ContactCsvWriter().write(original, out);
        Path file = dir.resolve("export.csv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        assertSameButId(readBack(file, ImportFormat.AUTO), original);
    }

    @RepeatedTest(10)
    void jsonRoundTripIsLossless(RepetitionInfo run) throws IOException {
        List<Contact> original = new TrickyContacts(100 + run.getCurrentRepetition()).next(60);
        Path file = dir.resolve("export.json");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new NativeJsonWriter().write(original, w);
        }
        assertSameButId(readBack(file, ImportFormat.AUTO), original);
    }

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralisedInTheFile() throws IOException {
        List<Contact> original = new TrickyContacts(5).next(200);
        StringWriter out = new StringWriter();
        new ContactCsvWriter().write(original, out);
        for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(out.toString()))) {
            for (String cell : row) {
                assertThat(cell).as("a spreadsheet would run this cell").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void separatorsAndEscapesSplitExactly() {
        assertThat(NativeCsvRows.participant("Name \\(x\\) (Title \\(y\\))").name()).isEqualTo("Name (x)");
        assertThat(NativeCsvRows.participant("Name \\(x\\) (Title \\(y\\))").title()).isEqualTo("Title (y)");
        assertThat(NativeCsvRows.participant("(Only title)").name()).isNull();
        assertThat(CsvCells.split("a\\; b; c", CsvCells.ITEMS)).containsExactly("a\\; b", "c");
    }
}
