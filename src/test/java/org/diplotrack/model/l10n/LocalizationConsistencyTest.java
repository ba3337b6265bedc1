package org.diplotrack.model.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplotrack.cli.HelpKeys;
import org.junit.jupiter.api.Test;

/**
 * The bundles agree (as JabRef's LocalizationConsistencyTest checks its own): every key in every
 * language, no key used nowhere, the same arguments in each language, patterns ICU can read.
 */
class LocalizationConsistencyTest {
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern KEY_IN_FXML = Pattern.compile("\"%([A-Za-z0-9.]+)\"");
    /** A key the code asks for by name: {@code Messages.get("export.title")}. */
    private static final Pattern ASKED_IN_JAVA = Pattern.compile("(?:Messages\\.get|Localization\\.text)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** A key made in the code from a prefix and a code: {@code "summary.rank." + rank}. */
    private static final Pattern PREFIX_IN_JAVA = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"\\s*\\+");

    /** The command line's help, which picocli reads by keys it makes, as written: no message formats. */
    private static final Set<String> HELP = HelpKeys.all();

    private static Properties bundle(String suffix) {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : List.of("_fr", "_ru")) {
            Set<String> keys = bundle(language).stringPropertyNames();
            assertThat(difference(english, keys)).as("keys missing in messages%s", language).isEmpty();
            assertThat(difference(keys, english)).as("keys only in messages%s", language).isEmpty();
        }
    }

    @Test
    void noTranslationIsEmpty() {
        for (String language : List.of("", "_fr", "_ru")) {
            Properties p = bundle(language);
            assertThat(p.stringPropertyNames()).as("empty values in messages%s", language)
                    .noneMatch(k -> p.getProperty(k).isBlank());
        }
    }

    @Test
    void everyLanguageTakesTheSameArgumentsAndIcuReadsItsPatterns() {
        Properties english = bundle("");
        for (String language : List.of("", "_fr", "_ru")) {
            Properties p = bundle(language);
            Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
            for (String key : english.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern == null || !english.getProperty(key).contains("{") || HELP.contains(key)) {
                    continue;
                }
                assertThat(arguments(pattern, locale)).as("arguments of %s in messages%s", key, language)
                        .isEqualTo(arguments(english.getProperty(key), Locale.ENGLISH));
            }
        }
    }

    @Test
    void patternsTheJdkFormatsHaveNoLoneApostrophe() {
        // The JDK's MessageFormat would take a lone ' as the start of quoted text; ICU's, as a
        // letter. Patterns without plural forms go to the JDK's: they must read alike in both.
        for (String language : List.of("", "_fr", "_ru")) {
            Properties p = bundle(language);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.contains("{") && !Localization.needsIcu(pattern) && !HELP.contains(key)) {
                    assertThat(pattern.replace("''", "")).as("%s in messages%s (write '' or ’)", key, language)
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void englishNeedsNoIcu() {
        // English has two plural forms, which the JDK's choice format writes; ICU's plural rules
        // and number data then cost an English start or command nothing (≈0.25 s).
        Properties english = bundle("");
        assertThat(english.stringPropertyNames()).as("English patterns that need ICU")
                .noneMatch(key -> Localization.needsIcu(english.getProperty(key)));
    }

    @Test
    void frenchPunctuationHasItsSpace() {
        // French writes a (no-break) space before : ; ? ! and inside « »; a plain space could
        // break the line before the mark.
        Pattern missing = Pattern.compile("[\\p{L}\\p{N})}][:;?!](?=\\s|$|%n)|[ ][:;?!»]|«[^\u00a0]");
        Properties french = bundle("_fr");
        for (String key : french.stringPropertyNames()) {
            assertThat(missing.matcher(french.getProperty(key)).find()).as("punctuation of %s in messages_fr: %s", key,
                    french.getProperty(key)).isFalse();
        }
    }

    @Test
    void everyKeyIsUsedInTheCodeOrTheLayouts() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src", "main", "java"), ".java", KEY_IN_JAVA, used);
        collect(Path.of("resources", "fxml"), ".fxml", KEY_IN_FXML, used);
        used.addAll(HELP);
        Set<String> prefixes = new TreeSet<>();
        collect(Path.of("src", "main", "java"), ".java", PREFIX_IN_JAVA, prefixes);
        Set<String> unused = difference(bundle("").stringPropertyNames(), used);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertThat(unused).as("keys used nowhere").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        collect(Path.of("resources", "fxml"), ".fxml", KEY_IN_FXML, asked);
        assertThat(difference(asked, bundle("").stringPropertyNames())).as("%keys of the layouts missing").isEmpty();
        Set<String> askedInJava = new TreeSet<>();
        collect(Path.of("src", "main", "java"), ".java", ASKED_IN_JAVA, askedInJava);
        assertThat(askedInJava).as("keys the Java code asks for").isNotEmpty();
        assertThat(difference(askedInJava, bundle("").stringPropertyNames())).as("keys of the Java code missing").isEmpty();
    }

    private static Set<String> arguments(String pattern, Locale locale) {
        return new TreeSet<>(new MessageFormat(pattern, locale).getArgumentNames());
    }

    private static void collect(Path root, String ending, Pattern key, Set<String> into) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(f -> f.toString().endsWith(ending)).forEach(files::add);
        }
        for (Path file : files) {
            Matcher m = key.matcher(Files.readString(file));
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
