package org.diplotrack.model.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A small source scan, as JabRef's LocalizationConsistencyTest has: no English words written
 * into the code of the window, the charts or the command line, where a user would read them
 * untranslated. Words are a string literal with two words in it ("cannot write"); keys
 * ("export.title"), codes ("colour-blind-safe") and paths have none. Log messages and
 * IllegalStateExceptions (states the code never reaches) are for developers and may be English.
 */
class UserVisibleLiteralsTest {
    private static final List<Path> SCANNED = List.of(Path.of("src/main/java/org/diplotrack/ui"),
            Path.of("src/main/java/org/diplotrack/chart"), Path.of("src/main/java/org/diplotrack/cli"));
    /** A string literal, or a comment (which is blanked out, line breaks kept). */
    private static final Pattern LITERAL_OR_COMMENT =
            Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)+'|/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}[,:;!?']?\\s+[A-Za-z]{2,}");
    /** The statement a literal is in, up to it: from the last ; { or } before it. */
    private static final Pattern FOR_DEVELOPERS =
            Pattern.compile("\\blog\\(\\)\\.|\\bLOG\\.|LoggerFactory|IllegalStateException|\\.(?:trace|debug|info|warn|error)\\(");
    /** Literals with words that are not for reading, each with why (file name → words in it). */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("ChartExport.java:DiploTrack chart", "the comment inside an SVG file: files do not change with the language"),
            Map.entry("TimeTicks.java:d MMM yyyy", "a date pattern, its month names from the locale"),
            Map.entry("TimeTicks.java:MMM yyyy", "a date pattern, its month names from the locale"),
            Map.entry("BackupCommand.java:yyyy-MM-dd HH:mm", "a date pattern of digits"),
            Map.entry("VersionProvider.java:Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}",
                    "names of products and systems"),
            Map.entry("RootCommand.java:Open the window, print first-frame-ms=N after the first frame painted with the record, and exit.",
                    "a hidden option for the start-up benchmark and CI, never listed in the help"),
            Map.entry("UsageErrors.java:Missing required parameter for option",
                    "picocli's own English message, recognised in order to say it in the language in use"),
            Map.entry("Settings.java:the pair and filters", "names what could not be kept, in the log"),
            Map.entry("Settings.java:the theme", "names what could not be kept, in the log"),
            Map.entry("Settings.java:the language", "names what could not be kept, in the log"),
            Map.entry("Settings.java:the import's merging of reports", "names what could not be kept, in the log"),
            Map.entry("Settings.java:the recent shared databases", "names what could not be kept, in the log"),
            Map.entry("TimeScale.java:empty time range ", "a programmer's error: no input of a user makes the range empty"),
            Map.entry("Viewport.java:empty viewport ", "a programmer's error: no input of a user makes the view empty"),
            Map.entry("EmbeddedFonts.java: is missing from the application", "a broken installation, reported with its stack trace"),
            Map.entry("MainWindow.java:cannot load the main window's layout ", "a broken installation, reported with its stack trace"),
            Map.entry("TrashController.java:cannot load the trash's layout", "a broken installation, reported with its stack trace"),
            Map.entry("EditorDialog.java:cannot load the editor's layout", "a broken installation, reported with its stack trace"),
            Map.entry("ExportDialog.java:cannot load the export window's layout", "a broken installation, reported with its stack trace"),
            Map.entry("ImportDialog.java:cannot load the import window's layout", "a broken installation, reported with its stack trace"),
            Map.entry("TextDraftsWindow.java:cannot load the layout of the window of contacts from text",
                    "a broken installation, reported with its stack trace"));

    @Test
    void theWindowChartsAndCommandLineWriteNoEnglishWordsOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : SCANNED) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    found.addAll(wordsIn(file));
                }
            }
        }
        assertThat(found).as("English words in the code; put them in resources/i18n/messages*.properties").isEmpty();
    }

    @Test
    void theScanFindsWordsAndLeavesCodesCommentsAndLogs() {
        String code = """
                /* a comment with words */ String a = "export.title"; // more words here
                String b = "cannot write " + file;
                log().warn("a log with words", e);
                throw new IllegalStateException(
                        "a state never reached");
                String c = "colour-blind-safe";
                """;
        assertThat(wordsIn("Sample.java", code)).containsExactly("Sample.java:2: \"cannot write \"");
    }

    private static List<String> wordsIn(Path file) throws IOException {
        return wordsIn(file.getFileName().toString(), Files.readString(file));
    }

    static List<String> wordsIn(String name, String code) {
        List<String> found = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        Matcher m = LITERAL_OR_COMMENT.matcher(code);
        int last = 0;
        while (m.find()) {
            statement.append(code, last, m.start());
            last = m.end();
            String token = m.group();
            if (!token.startsWith("\"")) {
                continue;
            }
            String text = token.substring(1, token.length() - 1);
            String before = statement.substring(Math.max(0, Math.max(statement.lastIndexOf(";"),
                    Math.max(statement.lastIndexOf("{"), statement.lastIndexOf("}")))));
            if (WORDS.matcher(text).find() && !FOR_DEVELOPERS.matcher(before).find()
                    && !ALLOWED.containsKey(name + ":" + text)) {
                int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(name + ":" + line + ": " + token);
            }
            statement.append("\"\""); // the literal's place, without its words
        }
        return found;
    }
}
