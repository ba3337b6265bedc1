package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotrack.model.l10n.Localization;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --lang and LANG: the help, the messages and the table speak the language, files keep their
 * codes, an unknown language is refused; --lang wins over LC_ALL, which wins over LANG.
 */
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

    @Test
    void theHelpIsInFrenchWithLangFr() {
        CliRun root = CliRun.of(null, "--lang", "fr", "--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).startsWith("Utilisation\u00a0: diplotrack")
                .contains("Un registre local des contacts diplomatiques bilatéraux")
                .contains("Affiche cette aide et quitte.").contains("Commandes\u00a0:")
                .contains("Importe des contacts").doesNotContain("Prints contacts");
        CliRun chart = CliRun.of(null, "--lang=fr", "chart", "--help");
        assertThat(chart.exitCode()).isZero();
        // Words only: where picocli wraps a description depends on the longest option's name.
        assertThat(chart.out().replaceAll("[ \n]+", " ")).contains("Exporte la frise chronologique")
                .contains("Fond sombre.").contains("colour, colour-blind-safe ou greyscale (par défaut\u00a0:")
                .contains("--palette=PALETTE").doesNotContain("Dark background");
    }

    @Test
    void theHelpIsInRussianWithLangRu() {
        CliRun list = CliRun.in(Map.of("LANG", "ru_RU.UTF-8"), null, "list", "--help");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).startsWith("Использование: diplotrack list").contains("Выводит контакты.")
                .contains("Пара стран, например CA-RU").contains("table, csv или json (по умолчанию: table)")
                .contains("--dyad=PAIR");
        CliRun restore = CliRun.of(null, "--lang", "ru", "restore", "--help");
        assertThat(restore.out()).contains("Заменяет базу данных резервной копией FILE")
                .contains("Показать эту справку и выйти.");
    }

    @Test
    void everyCommandAndOptionHasItsHelpInEveryLanguageWithTheSameVariables() {
        for (Locale language : Localization.LANGUAGES) {
            ResourceBundle bundle = Localization.bundle(language);
            for (CommandSpec spec : HelpKeys.commands()) {
                assertThat(found(bundle, HelpKeys.candidates(spec, "usage.description")))
                        .as("%s: description of %s", language, spec.qualifiedName()).isNotNull();
                for (ArgSpec arg : spec.args()) {
                    if (!arg.hidden()) {
                        String key = found(bundle, HelpKeys.candidates(spec, HelpKeys.key(arg)));
                        assertThat(key).as("%s: %s %s", language, spec.qualifiedName(), HelpKeys.key(arg)).isNotNull();
                        assertThat(variables(bundle.getString(key))).as("%s in %s", key, language)
                                .isEqualTo(variables(Localization.bundle(Locale.ENGLISH).getString(key)));
                    }
                }
            }
        }
    }

    private static String found(ResourceBundle bundle, List<String> candidates) {
        return candidates.stream().filter(bundle::containsKey).findFirst().orElse(null);
    }

    private static TreeSet<String> variables(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{[^}]*}").matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    @Test
    void langInTheEnvironmentIsHonouredAndLcAllWinsAndLangWinsOverBoth() {
        CliRun french = CliRun.in(Map.of("LANG", "fr_FR.UTF-8"), null, "--db", db(), "list", "--dyad", "CA-RU");
        assertThat(french.exitCode()).isZero();
        assertThat(french.out()).startsWith("ID").contains("NIVEAU", "STATUT", "ambassadeur").endsWith("3 contacts\n");

        CliRun russian = CliRun.in(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "ru_RU.UTF-8"), null, "--db", db(), "list");
        assertThat(russian.out()).contains("УРОВЕНЬ", "посол").endsWith("3 контакта\n");
        CliRun messages = CliRun.in(Map.of("LANG", "fr_FR.UTF-8", "LC_MESSAGES", "ru_RU.UTF-8"), null, "--help");
        assertThat(messages.out()).startsWith("Использование:");

        CliRun english = CliRun.in(Map.of("LC_ALL", "ru_RU.UTF-8"), null, "--lang", "en", "--db", db(), "list");
        assertThat(english.out()).contains("LEVEL", "ambassador").endsWith("3 contacts\n");
        CliRun c = CliRun.in(Map.of("LC_ALL", "C", "LANG", "ru_RU.UTF-8"), null, "--help");
        assertThat(c.out()).startsWith("Usage: diplotrack");
    }

    @Test
    void usageErrorsAreInRussianAndKeepTheirExitCodes() {
        CliRun unknown = CliRun.of(null, "--lang", "ru", "--db", db(), "list", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines()).singleElement().asString()
                .isEqualTo("diplotrack list: Неизвестный параметр: '--bogus'");

        CliRun format = CliRun.of(null, "--lang", "ru", "--db", db(), "list", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Недопустимое значение параметра --format: «xml» — не одно из значений");

        CliRun missing = CliRun.in(Map.of("LANG", "ru_RU.UTF-8"), null, "--db", db(), "chart");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Не указан обязательный параметр: '--output'");

        CliRun language = CliRun.in(Map.of("LANG", "ru_RU.UTF-8"), null, "--lang", "de", "list");
        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("--lang: такого языка в DiploTrack нет (есть en, fr, ru): de");

        CliRun noFile = CliRun.of(null, "--lang", "ru", "--db", db(), "import", dir.resolve("nope.csv").toString());
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.err().lines()).singleElement().asString().endsWith("nope.csv: файл не найден");

        CliRun chart = CliRun.of(null, "--lang", "ru", "--db", db(), "chart", "-o", dir.resolve("c.xyz").toString());
        assertThat(chart.exitCode()).isEqualTo(2);
        assertThat(chart.err().lines()).singleElement().asString().isEqualTo("diplotrack chart: --output: "
                + "неизвестный формат графика «.xyz» (имя файла должно оканчиваться на .png, .svg или .pdf)");

        CliRun check = CliRun.of(null, "--lang", "ru", "--db", dir.resolve("none.db").toString(), "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().lines()).singleElement().asString().startsWith("diplotrack check: ")
                .endsWith("none.db не существует");

        CliRun help = CliRun.of(null, "--lang", "ru", "export", "--help");
        assertThat(help.exitCode()).isZero();
    }

    @Test
    void aBadValueIsSaidInRussianDownToTheModelsWords() {
        CliRun date = CliRun.of(null, "--lang", "ru", "--db", db(), "list", "--from", "2022-13-01");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err().lines()).singleElement().asString().isEqualTo("diplotrack list: Недопустимое значение "
                + "параметра --from: «2022-13-01» — недопустимая дата (месяц 13 вне диапазона 1–12)");
        CliRun country = CliRun.of(null, "--lang", "ru", "--db", db(), "list", "--dyad", "CA-XX");
        assertThat(country.err()).contains("неизвестная страна «XX»");
    }

    @Test
    void theImportReportIsInRussianAndItsNumbersAreTheEnglishOnes() {
        String file = org.diplotrack.io.Fixtures.icews().toString();
        CliRun russian = CliRun.in(Map.of("LANG", "ru_RU.UTF-8"), null, "--db", db(), "import", file);
        assertThat(russian.exitCode()).as(russian.err()).isZero();
        // 4,993 rows: 4993 ends in 3 (not 13), so Russian says "строки"; ICU groups with a no-break space.
        assertThat(russian.out()).startsWith("icews-2018-sample.tab (события ICEWS): 4\u00a0993 строки\n")
                .contains("  импортировано ", "  уже есть в базе ", "  пропущено: не код контакта ");
        CliRun english = CliRun.of(null, "--db", dir.resolve("other.db").toString(), "import", file);
        assertThat(english.out()).startsWith("icews-2018-sample.tab (ICEWS events): 4,993 rows\n");
        assertThat(numbers(russian.out())).isEqualTo(numbers(english.out()));
    }

    private static List<String> numbers(String report) {
        return report.lines().skip(1).map(l -> l.replaceAll("[^0-9]", "")).toList();
    }

    @Test
    void theSummarysOwnLinesAreInRussian() {
        java.time.Clock january = java.time.Clock.fixed(java.time.Instant.parse("2022-01-31T12:00:00Z"),
                java.time.ZoneOffset.UTC);
        CliRun run = CliRun.of(january, "--lang", "ru", "--db", db(), "summary", "--dyad", "CA-RU");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Канада–Россия (CA-RU), на 2022-01-31\n")
                .contains("Потолок контактов (окно 12 месяцев): посол с 2022-01-29")
                .contains("2 дня назад").contains("Открытые предложения:").contains("2 контакта\n");
        Localization.use(Localization.RUSSIAN);
        java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
        assertThat(SummaryCommand.ago(day, day.plusYears(21).plusMonths(2))).isEqualTo("21 год 2 месяца назад");
        assertThat(SummaryCommand.ago(day, day.plusYears(5))).isEqualTo("5 лет назад");
        assertThat(SummaryCommand.ago(day, day.plusDays(11))).isEqualTo("11 дней назад");
    }
}
