package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The summary sentence in French and Russian, pinned word for word: each branch (a ceiling, no
 * held contact on record, none in the window with the last one), several offers, dates of each
 * precision and approximate ones, and the window's plural forms.
 */
class DyadSummaryLanguagesTest {
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale RUSSIAN = Localization.RUSSIAN;
    private static final List<Contact> SEED = SeedData.contacts();
    private static final Dyad CANADA_RUSSIA = Dyad.parse("CA-RU");
    private static final Country AU = Countries.lookup("AU");
    private static final Country ID = Countries.lookup("ID");
    private static final Dyad PAIR = Dyad.of(AU, ID);

    private static final Contact HEADS = contact("2020-12-10", null, false, Level.HEAD_OF_GOVERNMENT,
            Level.HEAD_OF_GOVERNMENT, Mode.THIRD_LOCATION, Status.HELD);
    private static final Contact AMBASSADOR_OFFER = contact("2021-05-01", null, false, Level.AMBASSADOR,
            Level.HEAD_OF_STATE, Mode.VISIT, Status.INVITED);
    private static final Contact STATE_CALL = contact("2021-05-02", null, false, Level.HEAD_OF_STATE, Level.UNKNOWN,
            Mode.PHONE_CALL, Status.PROPOSED);
    private static final Contact VAGUE_OFFER = contact("2021", null, true, Level.UNKNOWN, Level.UNKNOWN, Mode.OTHER,
            Status.PROPOSED);
    private static final Contact SCHEDULED = contact("2021-03", null, true, Level.OFFICIAL, Level.OFFICIAL,
            Mode.VIDEO_CALL, Status.SCHEDULED);
    private static final Contact OCTOBER = contact("2019-10", null, false, Level.MINISTER, Level.MINISTER,
            Mode.HOSTED_VISIT, Status.HELD);
    private static final Contact YEAR_2021 = contact("2021", null, false, Level.AMBASSADOR, Level.UNKNOWN,
            Mode.EMBASSY_CHANNEL, Status.HELD);
    private static final Contact ABOUT_MARCH = contact("2021-03", null, true, Level.DEPUTY_MINISTER,
            Level.DEPUTY_MINISTER, Mode.NEGOTIATION, Status.HELD);
    private static final Contact ABOUT_MARCH_15 = contact("2021-03-15", null, true, Level.OFFICIAL, Level.OFFICIAL,
            Mode.CORRESPONDENCE, Status.HELD);
    private static final Contact ABOUT_2018 = contact("2018", null, true, Level.UNKNOWN, Level.UNKNOWN,
            Mode.STATEMENT, Status.HELD);
    private static final Contact THREE_DAYS = contact("2019-03-11", "2019-03-13", false, Level.MINISTER,
            Level.MINISTER, Mode.VISIT, Status.HELD);
    private static final Contact ABOUT_THREE_DAYS = contact("2019-03-11", "2019-03-13", true, Level.MINISTER,
            Level.MINISTER, Mode.VISIT, Status.HELD);
    private static final Contact INTO_APRIL = contact("2019-03-11", "2019-04", false, Level.MINISTER, Level.MINISTER,
            Mode.VISIT, Status.HELD);
    private static final Contact THREE_MONTHS = contact("2019-03", "2019-05", false, Level.MINISTER, Level.MINISTER,
            Mode.VISIT, Status.HELD);

    private static Contact contact(String date, String endDate, boolean approximate, Level a, Level b, Mode mode,
                                   Status status) {
        return Contact.builder().a(Side.of(AU, a)).b(Side.of(ID, b)).date(PartialDate.parse(date))
                .endDate(endDate == null ? null : PartialDate.parse(endDate)).approximate(approximate).mode(mode)
                .status(status).build();
    }

    /** A ceiling at head-of-government level and four offers: unknown level, scheduled, invited, proposed. */
    private static final DyadSummary OFFERS = DyadSummary.of(PAIR,
            List.of(HEADS, AMBASSADOR_OFFER, STATE_CALL, VAGUE_OFFER, SCHEDULED), LocalDate.of(2021, 6, 1), 12);

    private static DyadSummary lastHeld(Contact only, String asOf, int windowMonths) {
        return DyadSummary.of(PAIR, List.of(only), LocalDate.parse(asOf), windowMonths);
    }

    private static String in(Locale language, DyadSummary summary) {
        Localization.use(language);
        return summary.sentence();
    }

    @AfterEach
    void backToEnglish() {
        Localization.use(ENGLISH);
    }

    @Test
    void theSeedAsOfJanuary2022() {
        assertThat(in(FRENCH, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2022, 1, 31), 12)))
                .isEqualTo("Canada–Russie\u00a0: contacts tenus au niveau des ambassadeurs depuis le 29 janv. 2022\u00a0; "
                        + "offres en attente\u00a0: une visite au niveau des ministres (invitation, 29 janv. 2022), un "
                        + "appel téléphonique au niveau des chefs d’État (proposition, 29 janv. 2022).");
        assertThat(in(RUSSIAN, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2022, 1, 31), 12)))
                .isEqualTo("Канада–Россия: контакты поддерживаются на уровне послов с 29 янв. 2022 г.; открытые "
                        + "предложения: визит министра (приглашение, 29 янв. 2022 г.), телефонный разговор главы "
                        + "государства (предложение, 29 янв. 2022 г.).");
    }

    @Test
    void noHeldContactOnRecord() {
        assertThat(in(FRENCH, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2022, 1, 28), 12)))
                .isEqualTo("Canada–Russie\u00a0: aucun contact tenu enregistré au 28 janv. 2022\u00a0; aucune offre en "
                        + "attente.");
        assertThat(in(RUSSIAN, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2022, 1, 28), 12)))
                .isEqualTo("Канада–Россия: по состоянию на 28 янв. 2022 г. состоявшихся контактов не зафиксировано; "
                        + "открытых предложений нет.");
    }

    @Test
    void noHeldContactInTheWindowNamesTheLastOne() {
        assertThat(in(FRENCH, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2026, 11, 28), 12)))
                .isEqualTo("Canada–Russie\u00a0: aucun contact tenu au cours des 12 mois précédant le 28 nov. 2026 (le "
                        + "dernier, au niveau des ambassadeurs, le 29 janv. 2022)\u00a0; offres en attente\u00a0: une "
                        + "visite au niveau des ministres (invitation, 29 janv. 2022), un appel téléphonique au niveau "
                        + "des chefs d’État (proposition, 29 janv. 2022).");
        assertThat(in(RUSSIAN, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2026, 11, 28), 12)))
                .isEqualTo("Канада–Россия: нет состоявшихся контактов за 12 месяцев до 28 нояб. 2026 г. (последний — на "
                        + "уровне послов, 29 янв. 2022 г.); открытые предложения: визит министра (приглашение, 29 янв. "
                        + "2022 г.), телефонный разговор главы государства (предложение, 29 янв. 2022 г.).");
    }

    @Test
    void severalOpenOffersWithAndWithoutALevel() {
        assertThat(in(ENGLISH, OFFERS))
                .isEqualTo("Australia–Indonesia: held contacts at head-of-government level since Dec 10, 2020; open: a "
                        + "contact (proposed, c. 2021), an official video call (scheduled, c. Mar 2021), an ambassador "
                        + "visit (invited, May 1, 2021), a head-of-state phone call (proposed, May 2, 2021).");
        assertThat(in(FRENCH, OFFERS))
                .isEqualTo("Australie–Indonésie\u00a0: contacts tenus au niveau des chefs de gouvernement depuis le 10 "
                        + "déc. 2020\u00a0; offres en attente\u00a0: un contact (proposition, vers 2021), une "
                        + "visioconférence au niveau des fonctionnaires (au programme, vers mars 2021), une visite au "
                        + "niveau des ambassadeurs (invitation, 1er mai 2021), un appel téléphonique au niveau des chefs "
                        + "d’État (proposition, 2 mai 2021).");
        assertThat(in(RUSSIAN, OFFERS))
                .isEqualTo("Австралия–Индонезия: контакты поддерживаются на уровне глав правительств с 10 дек. 2020 г.; "
                        + "открытые предложения: контакт (предложение, ок. 2021), разговор должностного лица по "
                        + "видеосвязи (запланировано, прибл. март 2021\u202fг.), визит посла (приглашение, 1 мая 2021 "
                        + "г.), телефонный разговор главы государства (предложение, 2 мая 2021 г.).");
    }

    @Test
    void monthAndYearPrecisionAndApproximateDates() {
        assertThat(in(ENGLISH, lastHeld(OCTOBER, "2020-12-31", 12)))
                .isEqualTo("Australia–Indonesia: no held contact in the 12 months to Dec 31, 2020 (the last, at minister "
                        + "level, in Oct 2019); no open offers.");
        assertThat(in(FRENCH, lastHeld(OCTOBER, "2020-12-31", 12)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu au cours des 12 mois précédant le 31 déc. 2020 "
                        + "(le dernier, au niveau des ministres, en oct. 2019)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(OCTOBER, "2020-12-31", 12)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов за 12 месяцев до 31 дек. 2020 г. (последний — "
                        + "на уровне министров, окт. 2019\u202fг.); открытых предложений нет.");
        assertThat(in(ENGLISH, lastHeld(YEAR_2021, "2023-06-01", 12)))
                .isEqualTo("Australia–Indonesia: no held contact in the 12 months to Jun 1, 2023 (the last, at ambassador "
                        + "level, in 2021); no open offers.");
        assertThat(in(FRENCH, lastHeld(YEAR_2021, "2023-06-01", 12)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu au cours des 12 mois précédant le 1er juin 2023 "
                        + "(le dernier, au niveau des ambassadeurs, en 2021)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(YEAR_2021, "2023-06-01", 12)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов за 12 месяцев до 1 июн. 2023 г. (последний — "
                        + "на уровне послов, 2021 г.); открытых предложений нет.");
        assertThat(in(ENGLISH, lastHeld(ABOUT_MARCH, "2023-06-01", 12)))
                .isEqualTo("Australia–Indonesia: no held contact in the 12 months to Jun 1, 2023 (the last, at "
                        + "deputy-minister level, around Mar 2021); no open offers.");
        assertThat(in(FRENCH, lastHeld(ABOUT_MARCH, "2023-06-01", 12)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu au cours des 12 mois précédant le 1er juin 2023 "
                        + "(le dernier, au niveau des vice-ministres, vers mars 2021)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(ABOUT_MARCH, "2023-06-01", 12)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов за 12 месяцев до 1 июн. 2023 г. (последний — "
                        + "на уровне заместителей министров, примерно март 2021\u202fг.); открытых предложений нет.");
        assertThat(in(ENGLISH, lastHeld(ABOUT_MARCH_15, "2023-06-01", 12)))
                .isEqualTo("Australia–Indonesia: no held contact in the 12 months to Jun 1, 2023 (the last, at official "
                        + "level, around Mar 15, 2021); no open offers.");
        assertThat(in(FRENCH, lastHeld(ABOUT_MARCH_15, "2023-06-01", 12)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu au cours des 12 mois précédant le 1er juin 2023 "
                        + "(le dernier, au niveau des fonctionnaires, vers le 15 mars 2021)\u00a0; aucune offre en "
                        + "attente.");
        assertThat(in(RUSSIAN, lastHeld(ABOUT_MARCH_15, "2023-06-01", 12)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов за 12 месяцев до 1 июн. 2023 г. (последний — "
                        + "на уровне должностных лиц, ок. 15 мар. 2021 г.); открытых предложений нет.");
        assertThat(in(ENGLISH, lastHeld(ABOUT_2018, "2023-06-01", 12)))
                .isEqualTo("Australia–Indonesia: no held contact in the 12 months to Jun 1, 2023 (the last, at an unknown "
                        + "level, around 2018); no open offers.");
        assertThat(in(FRENCH, lastHeld(ABOUT_2018, "2023-06-01", 12)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu au cours des 12 mois précédant le 1er juin 2023 "
                        + "(le dernier, à un niveau inconnu, vers 2018)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(ABOUT_2018, "2023-06-01", 12)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов за 12 месяцев до 1 июн. 2023 г. (последний — "
                        + "на неизвестном уровне, ок. 2018 г.); открытых предложений нет.");
    }

    @Test
    void periodsWithAnEndDate() {
        assertThat(in(ENGLISH, lastHeld(THREE_DAYS, "2019-03-14", 0)))
                .isEqualTo("Australia–Indonesia: no held contact on Mar 14, 2019 (the last, at minister level, from Mar "
                        + "11, 2019 to Mar 13, 2019); no open offers.");
        assertThat(in(FRENCH, lastHeld(THREE_DAYS, "2019-03-14", 0)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu le 14 mars 2019 (le dernier, au niveau des "
                        + "ministres, du 11 mars 2019 au 13 mars 2019)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(THREE_DAYS, "2019-03-14", 0)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов на 14 мар. 2019 г. (последний — на уровне "
                        + "министров, с 11 мар. 2019 г. по 13 мар. 2019 г.); открытых предложений нет.");
        assertThat(in(ENGLISH, lastHeld(ABOUT_THREE_DAYS, "2019-03-14", 0)))
                .isEqualTo("Australia–Indonesia: no held contact on Mar 14, 2019 (the last, at minister level, from around "
                        + "Mar 11, 2019 to Mar 13, 2019); no open offers.");
        assertThat(in(FRENCH, lastHeld(ABOUT_THREE_DAYS, "2019-03-14", 0)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu le 14 mars 2019 (le dernier, au niveau des "
                        + "ministres, approximativement du 11 mars 2019 au 13 mars 2019)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(ABOUT_THREE_DAYS, "2019-03-14", 0)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов на 14 мар. 2019 г. (последний — на уровне "
                        + "министров, примерно с 11 мар. 2019 г. по 13 мар. 2019 г.); открытых предложений нет.");
        assertThat(in(ENGLISH, lastHeld(THREE_MONTHS, "2020-09-01", 1)))
                .isEqualTo("Australia–Indonesia: no held contact in the month to Sep 1, 2020 (the last, at minister level, "
                        + "from Mar 2019 to May 2019); no open offers.");
        assertThat(in(FRENCH, lastHeld(THREE_MONTHS, "2020-09-01", 1)))
                .isEqualTo("Australie–Indonésie\u00a0: aucun contact tenu au cours du mois précédant le 1er sept. 2020 (le "
                        + "dernier, au niveau des ministres, entre mars 2019 et mai 2019)\u00a0; aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(THREE_MONTHS, "2020-09-01", 1)))
                .isEqualTo("Австралия–Индонезия: нет состоявшихся контактов за месяц до 1 сент. 2020 г. (последний — на "
                        + "уровне министров, март 2019\u202fг. – май 2019\u202fг.); открытых предложений нет.");
    }

    @Test
    void aPeriodReadsByItsLessPreciseEnd() {
        assertThat(in(FRENCH, lastHeld(INTO_APRIL, "2020-09-01", 1)))
                .contains("(le dernier, au niveau des ministres, entre 11 mars 2019 et avr. 2019)");
        assertThat(in(RUSSIAN, lastHeld(INTO_APRIL, "2020-09-01", 1)))
                .contains("(последний — на уровне министров, 11 мар. 2019 г. – апр. 2019\u202fг.)");
        assertThat(in(ENGLISH, lastHeld(INTO_APRIL, "2020-09-01", 1)))
                .contains("(the last, at minister level, from Mar 11, 2019 to Apr 2019)");
    }

    @Test
    void aCeilingAtAnUnknownLevel() {
        assertThat(in(FRENCH, lastHeld(ABOUT_2018, "2018-06-01", 12)))
                .isEqualTo("Australie–Indonésie\u00a0: contacts tenus à un niveau inconnu depuis le 1er janv. 2018\u00a0; "
                        + "aucune offre en attente.");
        assertThat(in(RUSSIAN, lastHeld(ABOUT_2018, "2018-06-01", 12)))
                .isEqualTo("Австралия–Индонезия: контакты поддерживаются на неизвестном уровне с 1 янв. 2018 г.; открытых "
                        + "предложений нет.");
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | нет состоявшихся контактов на 28 нояб. 2026 г. (",
            "1 | нет состоявшихся контактов за месяц до 28 нояб. 2026 г. (",
            "2 | нет состоявшихся контактов за 2 месяца до 28 нояб. 2026 г. (",
            "5 | нет состоявшихся контактов за 5 месяцев до 28 нояб. 2026 г. (",
            "12 | нет состоявшихся контактов за 12 месяцев до 28 нояб. 2026 г. (",
            "21 | нет состоявшихся контактов за 21 месяц до 28 нояб. 2026 г. (",
            "22 | нет состоявшихся контактов за 22 месяца до 28 нояб. 2026 г. ("})
    void theWindowInRussianTakesItsPluralForms(int months, String words) {
        assertThat(in(RUSSIAN, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2026, 11, 28), months)))
                .startsWith("Канада–Россия: " + words + "последний — на уровне послов, 29 янв. 2022 г.); ");
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | aucun contact tenu le 28 nov. 2026 (",
            "1 | aucun contact tenu au cours du mois précédant le 28 nov. 2026 (",
            "2 | aucun contact tenu au cours des 2 mois précédant le 28 nov. 2026 (",
            "21 | aucun contact tenu au cours des 21 mois précédant le 28 nov. 2026 ("})
    void theWindowInFrench(int months, String words) {
        assertThat(in(FRENCH, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2026, 11, 28), months)))
                .startsWith("Canada–Russie\u00a0: " + words + "le dernier, au niveau des ambassadeurs, le 29 janv. 2022)");
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | no held contact on Nov 28, 2026 (",
            "1 | no held contact in the month to Nov 28, 2026 (",
            "2 | no held contact in the 2 months to Nov 28, 2026 (",
            "21 | no held contact in the 21 months to Nov 28, 2026 ("})
    void theWindowInEnglish(int months, String words) {
        assertThat(in(ENGLISH, DyadSummary.of(CANADA_RUSSIA, SEED, LocalDate.of(2026, 11, 28), months)))
                .startsWith("Canada–Russia: " + words + "the last, at ambassador level, on Jan 29, 2022)");
    }

    @Test
    void everyLevelAndModeHasItsWordsInEveryLanguage() {
        for (Locale language : Localization.LANGUAGES) {
            for (Level level : Level.values()) {
                for (Mode mode : Mode.values()) {
                    Contact held = contact("2021-05-01", null, false, level, level, mode, Status.HELD);
                    Contact offer = contact("2021-05-02", null, false, level, level, mode, Status.INVITED);
                    String sentence = in(language, DyadSummary.of(PAIR, List.of(held, offer), LocalDate.of(2021, 5, 3), 12));
                    assertThat(sentence).as("%s, %s, %s", language, level, mode).doesNotContain("{").doesNotContain("}")
                            .doesNotContain("  ").endsWith(").");
                }
            }
        }
    }
}
