package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based fuzzing of every importer with rows taken from the real fixtures (and native
 * files written by our own writer), cut, mixed and mutated: whatever the bytes, an import either
 * returns a report that accounts for every row or fails with the documented
 * {@link ImportException} naming the file (and a line within it). Nothing else may escape.
 */
class ImporterFuzzTest {
    private static final String[] NOISE = {"\t", "\t\t\t", "\"", "\"\"", "\n", "\r\n", "\r", ",", "\u0000", "é",
            "\uD83C\uDDF7\uD83C\uDDFA", "=HYPERLINK(\"http://x\")", "'); DROP TABLE contact;--", "<script>", "-",
            "9999-99-99", "2018-02-30", "20180601", "046", "036", "125", "999", "RUS", "USA", "North Korea", "",
            "x".repeat(5_000)};

    /** Source files by name: two real event samples and native CSV and JSON of varied contacts. */
    private static final List<Source> SOURCES = sources();

    private record Source(String extension, List<String> lines) {
    }

    private static List<Source> sources() {
        try {
            List<Source> all = new ArrayList<>();
            all.add(new Source(".tab", Files.readAllLines(Fixtures.icews(), StandardCharsets.UTF_8)));
            all.add(new Source(".tsv", Files.readAllLines(Fixtures.gdelt2(), StandardCharsets.UTF_8)));
            // GDELT 1.0 daily files: the same events without the 2.0 columns (58 columns, no header).
            all.add(new Source(".export.CSV", Files.readAllLines(Fixtures.gdelt2(), StandardCharsets.UTF_8).stream()
                    .map(l -> String.join("\t", Arrays.copyOf(l.split("\t", -1), 58))).toList()));
            StringWriter csv = new StringWriter();
            new ContactCsvWriter().write(new TrickyContacts(1).next(40), csv);
            all.add(new Source(".csv", csv.toString().lines().toList()));
            StringWriter json = new StringWriter();
            new NativeJsonWriter().write(new TrickyContacts(2).next(20), json);
            all.add(new Source(".json", json.toString().lines().toList()));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Long, Boolean>> cases() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, SOURCES.size() - 1),
                Arbitraries.longs(), Arbitraries.of(true, false)).as(Tuple::of);
    }

    @Property(tries = 1000)
    void mutatedFilesGiveAReportOrTheDocumentedError(@ForAll("cases") Tuple.Tuple3<Integer, Long, Boolean> c)
            throws IOException {
        Source source = SOURCES.get(c.get1());
        Random random = new Random(c.get2());
        byte[] bytes = mutate(source.lines(), random);
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("fuzz" + source.extension());
        Files.write(file, bytes);
        long lines = bytes.length == 0 ? 0 : new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
        try {
            CollectingStore store = new CollectingStore();
            ImportReport report = new DataImport().run(file, ImportFormat.AUTO, c.get3(), ImportProgress.NONE,
                    () -> false, store);
            assertThat(report.imported() + report.alreadyPresent() + report.skipped())
                    .as("every row accounted for").isEqualTo(report.rows());
            assertThat(report.imported()).isEqualTo(store.contacts.size());
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(1L, lines + 1));
            net.jqwik.api.statistics.Statistics.collect(source.extension(), report.skipped() > 0 ? "report with skips" : "report");
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(file.getFileName().toString());
            assertThat(e.line()).as("a line of the file, or 0 for the whole file").isBetween(0L, lines + 1);
            assertThat(e.getMessage()).startsWith(file.getFileName().toString());
            net.jqwik.api.statistics.Statistics.collect(source.extension(), "ImportException");
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    /** Some lines of the source (the header usually kept), each perhaps cut, spliced or sprinkled with noise. */
    private static byte[] mutate(List<String> source, Random random) {
        List<String> lines = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            lines.add(source.get(0));
        }
        int n = random.nextInt(25);
        for (int i = 0; i < n; i++) {
            lines.add(source.get(1 + random.nextInt(source.size() - 1)));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int mutations = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
            for (int m = 0; m < mutations && !line.isEmpty(); m++) {
                int at = random.nextInt(line.length());
                line = switch (random.nextInt(4)) {
                    case 0 -> line.substring(0, at); // truncated
                    case 1 -> line.substring(0, at) + NOISE[random.nextInt(NOISE.length)] + line.substring(at);
                    case 2 -> line.substring(0, at) + line.substring(Math.min(line.length(), at + 1 + random.nextInt(20)));
                    default -> line.replaceFirst("\t[^\t]*\t", "\t" + NOISE[random.nextInt(NOISE.length)] + "\t");
                };
            }
            lines.set(i, line);
        }
        String eol = random.nextBoolean() ? "\n" : "\r\n";
        byte[] text = String.join(eol, lines).getBytes(StandardCharsets.UTF_8);
        if (text.length > 0 && random.nextInt(5) == 0) { // a byte that is not UTF-8
            text[random.nextInt(text.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        if (random.nextInt(20) == 0) { // a byte-order mark
            byte[] withBom = new byte[text.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(text, 0, withBom, 3, text.length);
            text = withBom;
        }
        return text;
    }
}
