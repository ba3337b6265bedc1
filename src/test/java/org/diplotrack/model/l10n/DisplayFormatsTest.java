package org.diplotrack.model.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.diplotrack.model.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and counts as the window shows them, in each language; ISO stays for files. */
class DisplayFormatsTest {

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    private static String in(String language, String iso, boolean approximate) {
        Localization.use(Locale.forLanguageTag(language));
        return DisplayFormats.date(PartialDate.parse(iso), approximate);
    }

    @ParameterizedTest(name = "{0} {1} approximate={2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "en | 2022-01-29 | false | Jan 29, 2022",
            "en | 2022-01    | false | Jan 2022",
            "en | 2022       | false | 2022",
            "en | 2021-11    | true  | c. Nov 2021",
            "en | 2021-11-05 | true  | c. Nov 5, 2021",
            "en | 2021       | true  | c. 2021",
            "fr | 2022-01-29 | false | 29 janv. 2022",
            "fr | 2021-05-01 | false | 1er mai 2021",
            "fr | 2021-05-01 | true  | vers le 1er mai 2021",
            "fr | 2021-05-11 | false | 11 mai 2021",
            "en | 2021-05-01 | false | May 1, 2021",
            "ru | 2021-05-01 | false | 1 мая 2021 г.",
            "fr | 2022-02    | false | févr. 2022",
            "fr | 2022-08    | false | août 2022",
            "fr | 2022       | false | 2022",
            "fr | 2021-11-05 | true  | vers le 5 nov. 2021",
            "fr | 2021-11    | true  | vers nov. 2021",
            "fr | 2021       | true  | vers 2021",
            "ru | 2022-01-29 | false | 29 янв. 2022 г.",
            "ru | 2022       | false | 2022",
            "ru | 2021-11-05 | true  | ок. 5 нояб. 2021 г.",
            "ru | 2021       | true  | ок. 2021"})
    void datesOfEachPrecision(String language, String iso, boolean approximate, String shown) {
        assertThat(in(language, iso, approximate)).isEqualTo(shown);
    }

    @Test
    void russianMonthsStandAloneInTheNominative() {
        // The stand-alone forms of ICU's skeleton yMMM: "янв. 2022 г.", but March, May, June and July
        // in full, in the nominative ("март", not "мар." nor "марта")
        assertThat(in("ru", "2022-01", false)).isEqualTo("янв. 2022\u202fг.");
        assertThat(in("ru", "2022-03", false)).isEqualTo("март 2022\u202fг.");
        assertThat(in("ru", "2022-05", false)).isEqualTo("май 2022\u202fг.");
        // an approximate month says "прибл." (an adverb), so that "март" need not change its case
        assertThat(in("ru", "2022-03", true)).isEqualTo("прибл. март 2022\u202fг.");
    }

    @Test
    void theMonthPatternsAreIcusYMMMSkeletonAndTheJdkWritesThemAsIcuDoes() {
        for (Locale language : Localization.LANGUAGES) {
            ULocale icuLocale = ULocale.forLocale(language);
            SimpleDateFormat icu = (SimpleDateFormat) DateFormat.getInstanceForSkeleton("yMMM", icuLocale);
            icu.setTimeZone(TimeZone.GMT_ZONE);
            assertThat(Localization.textIn(language, "date.month.pattern")).as("%s", language).isEqualTo(icu.toPattern());
            Localization.use(language);
            for (int month = 1; month <= 12; month++) {
                Date first = Date.from(LocalDate.of(2022, month, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
                assertThat(DisplayFormats.date(PartialDate.ofMonth(2022, month))).as("%s, month %d", language, month)
                        .isEqualTo(icu.format(first));
            }
        }
    }

    @Test
    void monthsBeforeTheGregorianReformAreTheSameMonths() {
        assertThat(in("en", "1500-03", false)).isEqualTo("Mar 1500");
        assertThat(in("en", "0800-01", false)).isEqualTo("Jan 800");
    }

    @Test
    void periodsJoinTheDateAndTheEndDate() {
        Localization.use(Locale.ENGLISH);
        assertThat(DisplayFormats.period(PartialDate.parse("2019-03-11"), PartialDate.parse("2019-03-13"), false))
                .isEqualTo("Mar 11, 2019 – Mar 13, 2019");
        assertThat(DisplayFormats.period(PartialDate.parse("2019"), null, true)).isEqualTo("c. 2019");
        Localization.use(Localization.RUSSIAN);
        assertThat(DisplayFormats.period(PartialDate.parse("2019-03-11"), PartialDate.parse("2019-03-13"), true))
                .isEqualTo("ок. 11 мар. 2019 г. – 13 мар. 2019 г.");
    }

    @Test
    void countsAreGroupedAsEachLanguageGroupsThem() {
        Localization.use(Locale.ENGLISH);
        assertThat(DisplayFormats.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(DisplayFormats.count(7)).isEqualTo("7");
        Localization.use(Locale.FRENCH);
        assertThat(DisplayFormats.count(12_345)).isEqualTo("12\u202f345");
        Localization.use(Localization.RUSSIAN);
        assertThat(DisplayFormats.count(12_345)).isEqualTo("12\u00a0345");
    }

    @Test
    void aDayAndAMomentFollowTheLanguage() {
        Localization.use(Locale.FRENCH);
        assertThat(DisplayFormats.day(LocalDate.of(2023, 1, 30))).isEqualTo("30 janv. 2023");
        // the time zone is the computer's: only the year and the month are certain here
        assertThat(DisplayFormats.moment(Instant.parse("2023-06-15T12:00:00Z"))).contains("juin 2023");
        Localization.use(Localization.RUSSIAN);
        assertThat(DisplayFormats.moment(Instant.parse("2023-06-15T12:00:00Z"))).contains("июн. 2023");
    }
}
