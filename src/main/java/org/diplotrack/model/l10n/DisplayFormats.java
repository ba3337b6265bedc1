package org.diplotrack.model.l10n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
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
 * <p>Days go through java.time (the JDK's CLDR data); months through ICU's {@code yMMM}
 * skeleton, which gives Russian its stand-alone month names ("март 2022 г."), so an English
 * start that shows only days does not load ICU.
 */
public final class DisplayFormats {
    private static final Map<Locale, DateTimeFormatter> DAYS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MOMENTS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateFormat> MONTHS = new ConcurrentHashMap<>();
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

    /** A day as the language's medium date: "Jan 29, 2022", "29 janv. 2022", "29 янв. 2022 г.". */
    public static String day(LocalDate day) {
        return DAYS.computeIfAbsent(Localization.locale(),
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l)).format(day);
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

    /**
     * Makes the language's month format ahead of its first use: ICU's skeleton costs ≈0.5 s the
     * first time (its pattern generator and calendar data), which the FX thread need not pay.
     */
    static void prepare(Locale language) {
        month(PartialDate.ofMonth(2000, 1), language);
    }

    private static String month(PartialDate date, Locale locale) {
        DateFormat format = MONTHS.computeIfAbsent(locale, l -> {
            DateFormat f = DateFormat.getInstanceForSkeleton("yMMM", ULocale.forLocale(l));
            f.setTimeZone(TimeZone.GMT_ZONE);
            if (f.getCalendar() instanceof GregorianCalendar g) {
                g.setGregorianChange(new Date(Long.MIN_VALUE)); // proleptic, as PartialDate is
            }
            return f;
        });
        Date first = Date.from(date.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant());
        synchronized (format) {
            return format.format(first);
        }
    }
}
