package org.diplotrack.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotrack.model.l10n.Localization;

/**
 * A date known to the year, the month or the day, written as ISO 8601 ({@code 2022},
 * {@code 2022-01}, {@code 2022-01-29}). It covers the period from {@link #firstDay()} to
 * {@link #lastDay()}; dates order by their first day, the less precise first on a tie.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::firstDay).thenComparing(PartialDate::precision);

    /** Month and day are 0 when unknown. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException(Localization.text("error.date.year", String.valueOf(year)));
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException(Localization.text("error.date.dayWithoutMonth"));
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException(Localization.text("error.date.month", String.valueOf(month)));
        }
        if (day != 0 && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException(Localization.text("error.date.day", String.valueOf(day),
                    String.format("%04d-%02d", year, month)));
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message that quotes the input
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(Localization.text("error.date.missing"));
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(Localization.text("error.date.notADate", text));
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Localization.text("error.date.invalid", text, e.getMessage()), e);
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    public LocalDate lastDay() {
        return switch (precision()) {
            case DAY -> firstDay();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /**
     * "2022", "2022-01", "2022-01-29". Written out by hand: String.format parses its pattern on
     * every call, and an import calls this several times per row.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (precision() != Precision.YEAR) {
            pad(sb.append('-'), month, 2);
        }
        if (precision() == Precision.DAY) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
