package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SummaryCommandTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(
            LocalDate.of(2026, 11, 28).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(NOVEMBER_2026, args);
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    @Test
    void theSeedAsOfJanuary2022() {
        CliRun run = run("--db", db(), "summary", "--dyad", "CA-RU", "--as-of", "2022-01-31");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).startsWith("Canada–Russia (CA-RU), as of 2022-01-31",
                "Canada–Russia: held contacts at ambassador level since Jan 29, 2022; open: a minister visit "
                        + "(invited, Jan 29, 2022), a head-of-state phone call (proposed, Jan 29, 2022).",
                "",
                "Contact ceiling (12-month window): ambassador since 2022-01-29");
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line)
                .matches("ambassador +2022-01-29 +2 days ago"));
        assertThat(run.out()).contains("Open offers:").contains("Mélanie Joly").contains("Vladimir Putin");
    }

    @Test
    void todayIsTheDefaultAndTheWholeReportIsStable() {
        CliRun run = run("--db", db(), "summary", "--dyad", "RUS-CAN");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Canada–Russia (CA-RU), as of 2026-11-28
                Canada–Russia: no held contact in the 12 months to Nov 28, 2026 (the last, at ambassador level, \
                on Jan 29, 2022); open: a minister visit (invited, Jan 29, 2022), a head-of-state phone call \
                (proposed, Jan 29, 2022).

                Contact ceiling (12-month window): none since 2023-01-30

                LEVEL                     LAST HELD       AGO
                head of state/government  none on record
                minister                  none on record
                deputy minister           none on record
                ambassador                2022-01-29      4 years 9 months ago
                official                  none on record

                Open offers:
                ID  DATE        PAIR   LEVEL          MODE        STATUS    PARTICIPANTS
                2   2022-01-29  CA-RU  minister       visit       invited   Mélanie Joly (Minister of Foreign Affairs of Ca…
                3   2022-01-29  RU-CA  head of state  phone call  proposed  Vladimir Putin (President of Russia)
                2 contacts

                LEVEL                     CONTACTS
                head of state/government  1
                minister                  1
                ambassador                1

                MODE             CONTACTS
                visit            1
                phone call       1
                embassy channel  1
                """);
    }

    @Test
    void theWindowIsAnOption() {
        CliRun run = run("--db", db(), "summary", "--dyad", "CA-RU", "--as-of", "2026-11-28", "--window-months", "60");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Contact ceiling (60-month window): ambassador since 2022-01-29");
    }

    @Test
    void aPairWithoutContactsSaysSo() {
        CliRun run = run("--db", db(), "summary", "--dyad", "FR-DE", "--as-of", "2024-01-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Germany–France: no held contact on record as of Jan 1, 2024; no open offers.")
                .contains("Contact ceiling (12-month window): none (no held contact on record)")
                .contains("Open offers: none").contains("Contacts: none on record");
    }

    @Test
    void theSentenceFollowsLang() {
        try {
            CliRun russian = run("--db", db(), "--lang", "ru", "summary", "--dyad", "CA-RU", "--as-of", "2022-01-31");
            assertThat(russian.exitCode()).isZero();
            assertThat(russian.out().lines()).element(1).isEqualTo("Канада–Россия: контакты поддерживаются на уровне "
                    + "послов с 29 янв. 2022 г.; открытые предложения: визит министра (приглашение, 29 янв. 2022 г.), "
                    + "телефонный разговор главы государства (предложение, 29 янв. 2022 г.).");
            CliRun french = run("--db", db(), "--lang", "fr", "summary", "--dyad", "CA-RU", "--as-of", "2026-11-28",
                    "--window-months", "1");
            assertThat(french.out().lines()).element(1).isEqualTo("Canada–Russie\u00a0: aucun contact tenu au cours du "
                    + "mois précédant le 28 nov. 2026 (le dernier, au niveau des ambassadeurs, le 29 janv. 2022)\u00a0; "
                    + "offres en attente\u00a0: une visite au niveau des ministres (invitation, 29 janv. 2022), un appel "
                    + "téléphonique au niveau des chefs d’État (proposition, 29 janv. 2022).");
        } finally {
            Localization.use(Locale.ENGLISH);
        }
    }

    @Test
    void anUnknownCountryIsOneClearLineAndExitTwo() {
        CliRun run = run("--db", db(), "summary", "--dyad", "CA-XX");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("diplotrack summary: ").contains("--dyad").contains("unknown country 'XX'");
    }

    @Test
    void aMissingPairIsOneClearLineAndExitTwo() {
        CliRun run = run("--db", db(), "summary");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains("Missing required option").contains("--dyad");
    }

    @ParameterizedTest(name = "--as-of {0}")
    @CsvSource({"2022-13-01, '''2022-13-01'' is not a valid date'", "2022-01, '''2022-01'' is not a full date'",
            "yesterday, '''yesterday'' is not a date'"})
    void aBadDayIsOneClearLineAndExitTwo(String day, String message) {
        CliRun run = run("--db", db(), "summary", "--dyad", "CA-RU", "--as-of", day);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--as-of").contains(message);
    }

    @Test
    void aBadWindowIsOneClearLineAndExitTwo() {
        CliRun run = run("--db", db(), "summary", "--dyad", "CA-RU", "--window-months", "-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--window-months")
                .contains("not a number of months");
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "2022-01-29, 2026-11-28, 4 years 9 months ago",
            "2022-01-29, 2022-02-01, 3 days ago",
            "2022-01-29, 2022-01-30, 1 day ago",
            "2022-01-29, 2022-01-29, today",
            "2021-12-31, 2023-01-31, 1 year 1 month ago",
            "2020-05-05, 2022-05-05, 2 years ago",
            "2022-03-31, 2022-04-30, 30 days ago",
            "2022-12-31, 2022-06-15, ongoing"})
    void ago(LocalDate lastDay, LocalDate asOf, String expected) {
        assertThat(SummaryCommand.ago(lastDay, asOf)).isEqualTo(expected);
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help").out()).contains("summary");
        assertThat(run("summary", "--help").out()).contains("--dyad").contains("--as-of").contains("--window-months");
    }
}
