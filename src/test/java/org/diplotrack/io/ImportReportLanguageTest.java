package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import report and import errors speak the language in use, counts in the form the
 * language wants (Russian: 1 строка, 3 строки, 5 строк, 21 строка); what code reads of the
 * report (counts, lines, fields) does not change with the language.
 */
class ImportReportLanguageTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    /** A CSV of {@code good} rows that import, then one with a bad date, with a column DiploTrack does not know. */
    private Path sheet(int good) throws IOException {
        StringBuilder csv = new StringBuilder("date,country_a,country_b,mode,status,Notes\n");
        for (int i = 0; i < good; i++) {
            csv.append(String.format("2021-%02d-%02d,FR,DZ,visit,held,n%d%n", 1 + i % 12, 1 + i % 28, i));
        }
        csv.append("2021-13-01,FR,DZ,visit,held,bad\n");
        return Files.writeString(dir.resolve("sheet.csv"), csv, StandardCharsets.UTF_8);
    }

    private static ImportReport run(Path file, boolean strict) {
        return new DataImport().run(file, ImportFormat.AUTO, strict, ImportProgress.NONE, () -> false,
                new CollectingStore());
    }

    /** The Russian noun for n rows by CLDR's rule for Russian integers, written out here on its own. */
    private static String russianRows(long n) {
        if (n % 10 == 1 && n % 100 != 11) {
            return "строка";
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return "строки";
        }
        return "строк";
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4, 10, 20, 110})
    void theRussianReportCountsRowsInTheRightForm(int good) throws IOException {
        Localization.use(Localization.RUSSIAN);
        ImportReport report = run(sheet(good), false);
        long rows = good + 1;
        assertThat(report.rows()).isEqualTo(rows);
        assertThat(report.imported()).isEqualTo(good);
        String text = report.toText();
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("sheet.csv (CSV DiploTrack): " + rows + " " + russianRows(rows));
        assertThat(text).containsPattern("(?m)^  импортировано +" + good + "$")
                .containsPattern("(?m)^  уже есть в базе +0$")
                .containsPattern("(?m)^  пропущено: повреждённая строка +1$")
                .contains("(пропущен 1 неизвестный столбец: 'Notes')")
                .contains("  строка " + (rows + 1) + ", поле «date»: «2021-13-01» — недопустимая дата (месяц 13 вне диапазона 1–12)")
                .doesNotContain("imported", "skipped", "line ");
    }

    @Test
    void theFrenchReportAndTheSameCountsInEnglish() throws IOException {
        Path file = sheet(4);
        Localization.use(Locale.FRENCH);
        ImportReport french = run(file, false);
        assertThat(french.toText()).startsWith("sheet.csv (CSV de DiploTrack)\u00a0: 5 lignes\n")
                .containsPattern("(?m)^  importés +4$").containsPattern("(?m)^  écartés, ligne mal formée +1$")
                .contains("(1 colonne inconnue ignorée\u00a0: 'Notes')")
                .contains("  ligne 6, champ «\u00a0date\u00a0»\u00a0: «\u00a02021-13-01\u00a0» n’est pas une date valide (le mois 13 est hors de la plage 1-12)");
        Localization.use(Locale.ENGLISH);
        ImportReport english = run(file, false);
        assertThat(english.toText()).startsWith("sheet.csv (DiploTrack CSV): 5 rows\n")
                .contains("(1 unknown column ignored: 'Notes')")
                .contains("  line 6, field 'date': '2021-13-01' is not a valid date (month 13 is out of range 1-12)");
        assertThat(english.rows()).isEqualTo(french.rows());
        assertThat(english.imported()).isEqualTo(french.imported());
        assertThat(english.skipped(SkipReason.MALFORMED)).isEqualTo(french.skipped(SkipReason.MALFORMED));
        assertThat(english.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::field)
                .isEqualTo(french.problems().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.line(), p.field()))
                        .toList());
        assertThat(SkipReason.MALFORMED.code()).isEqualTo("malformed");
        assertThat(SkipReason.NOT_CONTACT_CODE.code()).isEqualTo("not-contact-code");
    }

    @Test
    void aStrictImportErrorNamesFileLineAndFieldInRussian() throws IOException {
        Path file = sheet(2);
        Localization.use(Localization.RUSSIAN);
        assertThatThrownBy(() -> run(file, true)).isInstanceOf(ImportException.class)
                .hasMessage("sheet.csv, строка 4, поле «date»: «2021-13-01» — недопустимая дата "
                        + "(месяц 13 вне диапазона 1–12) (строгий импорт: ничего не импортировано)")
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.line()).isEqualTo(4);
                    assertThat(ie.field()).isEqualTo("date");
                });
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> run(empty, false)).hasMessage("empty.csv: файл пуст: импортировать нечего");
    }
}
