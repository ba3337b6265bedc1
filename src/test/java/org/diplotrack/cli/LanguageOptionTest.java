package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --lang: the table speaks the language, files keep their codes, an unknown language is refused. */
class LanguageOptionTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    private String db() {
        return dir.resolve("lang.db").toString();
    }

    @Test
    void theTableIsInRussianAndTheCsvKeepsItsCodes() {
        CliRun table = CliRun.of(null, "--db", db(), "--lang", "ru", "list", "--dyad", "CA-RU");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("посол", "приглашение", "глава государства");

        CliRun csv = CliRun.of(null, "--db", db(), "--lang", "ru", "list", "--dyad", "CA-RU", "--format", "csv");
        assertThat(csv.out()).contains("ambassador", "invited", "head-of-state", "bilateral").doesNotContain("посол");
        Localization.use(Locale.ENGLISH);
        CliRun english = CliRun.of(null, "--db", db(), "list", "--dyad", "CA-RU", "--format", "csv");
        assertThat(english.out()).isEqualTo(csv.out());
    }

    @Test
    void aLanguageDiploTrackDoesNotSpeakIsAUsageError() {
        CliRun run = CliRun.of(null, "--db", db(), "--lang", "de", "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang").contains("en, fr, ru").contains("de");
    }
}
