package org.diplotrack.model.l10n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diplotrack.model.PartialDate;

/**
 * Dates and counts as the window (and the summary sentence) shows them, in the language in use:
 * a day as the language's medium date ("Jan 29, 2022", "29 janv. 2022", "29 янв. 2022 г."), a
 * month as its short month and year ("Jan 2022", "janv. 2022", "янв. 2022 г."), a year as
 * written; an approximate date with the language's mark ("c. 2021", "vers 2021", "ок. 2021").
 * Files, the database, CSV and JSON keep ISO dates ({@link PartialDate#toString()}), and date
 * fields still read ISO.
 *
 * <p>Everything goes through java.time and the JDK's CLDR data. A month uses the pattern of
 * ICU's {@code yMMM} skeleton for the language, kept in the bundle ({@code date.month.pattern}:
 * "MMM y", "LLL y 'г'." with Russian's stand-alone month names, "март 2022 г.");
 * DisplayFormatsTest checks it against ICU's. ICU itself would cost ≈0.65 s to load the first
 * time a month is shown, on the FX thread, in an English start that loads no ICU otherwise.
 */
public final class DisplayFormats {
    private static final Map<Locale, DateTimeFormatter> DAYS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MOMENTS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MONTHS = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> COUNTS = new ConcurrentHashMap<>();

    private DisplayFormats() {
    }

    /** "Jan 29, 2022", "Jan 2022" or "2022", by the date's precision. */
    public static String date(PartialDate date) {
        Locale locale = Localization.locale();
        return switch (date.precision()) {
            case DAY -> day(date.firstDay());
            case MONTH -> month(date, locale);
            case YEAR -> Integer.toString(date.year());
        };
    }

    /**
     * {@link #date(PartialDate)}, marked as approximate when it is: "c. 2021", "vers 2021", "ок. 2021"
     * (the mark may depend on the precision: "vers le 29 janv. 2022", "прибл. март 2021 г.").
     */
    public static String date(PartialDate date, boolean approximate) {
        String text = date(date);
        return approximate
                ? Localization.text("date.approximate." + date.precision().name().toLowerCase(Locale.ROOT), text)
                : text;
    }

    /**
     * A contact's period: its date, then its end date when it has one ("Mar 11, 2019 – Mar 13,
     * 2019"), marked as approximate when it is.
     */
    public static String period(PartialDate date, PartialDate endDate, boolean approximate) {
        String start = date(date, approximate);
        return endDate == null ? start : Localization.text("date.range", start, date(endDate));
    }

    /**
     * A day as the language's medium date: "Jan 29, 2022", "29 janv. 2022", "29 янв. 2022 г.";
     * French writes the first of the month as an ordinal, "1er mai 2021" (the JDK writes "1 mai").
     */
    public static String day(LocalDate day) {
        Locale language = Localization.locale();
        String text = DAYS.computeIfAbsent(language,
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l)).format(day);
        boolean french = language.getLanguage().equals(Locale.FRENCH.getLanguage());
        return french && day.getDayOfMonth() == 1 && text.startsWith("1 ") ? "1er" + text.substring(1) : text;
    }

    /** A moment, in this computer's time zone: "Jan 29, 2022, 3:04 PM", "29 janv. 2022, 15:04". */
    public static String moment(Instant instant) {
        return MOMENTS.computeIfAbsent(Localization.locale(),
                l -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l))
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A count with the language's grouping: "12,345", "12 345", "12 345". */
    public static String count(long n) {
        NumberFormat format = COUNTS.computeIfAbsent(Localization.locale(), NumberFormat::getIntegerInstance);
        synchronized (format) { // the JDK's formats are not safe for threads at once
            return format.format(n);
        }
    }

    private static String month(PartialDate date, Locale locale) {
        return MONTHS.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofPattern(Localization.bundle(l).getString("date.month.pattern"), l))
                .format(date.firstDay());
    }
}
