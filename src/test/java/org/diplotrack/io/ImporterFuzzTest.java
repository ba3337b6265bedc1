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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-based fuzzing (seeded random trials, each reproducible from its seed) of every importer with rows taken from the real fixtures (and native
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

    private static final int TRIALS = 250;

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void mutatedFilesGiveAReportOrTheDocumentedError(int sourceIndex) throws IOException {
        Source source = SOURCES.get(sourceIndex);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            long seed = sourceIndex * 1_000_003L + trial;
            String outcome = trial(source, seed, trial % 2 == 0);
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.printf("fuzz %s: %d trials, %s%n", source.extension(), TRIALS, outcomes);
        assertThat(outcomes.keySet()).as("both outcomes occur, so the mutations reach the parsers")
                .contains("ImportException").containsAnyOf("report", "report with skips");
    }

    /** One file: a report that accounts for every row, or an ImportException naming file and line. */
    private static String trial(Source source, long seed, boolean strict) throws IOException {
        byte[] bytes = mutate(source.lines(), source.extension().equals(".json"), new Random(seed));
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("fuzz" + source.extension());
        Files.write(file, bytes);
        long lines = bytes.length == 0 ? 0 : new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
        try {
            CollectingStore store = new CollectingStore();
            ImportReport report = new DataImport().run(file, ImportFormat.AUTO, strict, ImportProgress.NONE,
                    () -> false, store);
            assertThat(report.imported() + report.alreadyPresent() + report.skipped())
                    .as("seed %d: every row accounted for", seed).isEqualTo(report.rows());
            assertThat(report.imported()).as("seed %d", seed).isEqualTo(store.contacts.size());
            assertThat(report.problems()).as("seed %d", seed)
                    .allSatisfy(p -> assertThat(p.line()).isBetween(1L, lines + 1));
            return report.skipped() > 0 ? "report with skips" : "report";
        } catch (ImportException e) {
            assertThat(e.file()).as("seed %d", seed).isEqualTo(file.getFileName().toString());
            assertThat(e.line()).as("seed %d: a line of the file, or 0 for the whole file", seed)
                    .isBetween(0L, lines + 1);
            assertThat(e.getMessage()).startsWith(file.getFileName().toString());
            return "ImportException";
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " (" + source.extension() + "): " + e, e);
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    /**
     * Some lines of the source (the header usually kept), each perhaps cut, spliced or sprinkled
     * with noise; a JSON document is kept whole (a sample of its lines is never JSON) and only
     * its lines are mutated, more rarely.
     */
    private static byte[] mutate(List<String> source, boolean whole, Random random) {
        List<String> lines = new ArrayList<>();
        if (whole) {
            lines.addAll(source);
        } else {
            if (random.nextInt(10) > 0) {
                lines.add(source.get(0));
            }
            int n = random.nextInt(25);
            for (int i = 0; i < n; i++) {
                lines.add(source.get(1 + random.nextInt(source.size() - 1)));
            }
        }
        int rarity = whole ? 400 : 4;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int mutations = random.nextInt(rarity) == 0 ? 1 + random.nextInt(4) : 0;
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
        if (text.length > 0 && random.nextInt(whole ? 20 : 5) == 0) { // a byte that is not UTF-8
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
