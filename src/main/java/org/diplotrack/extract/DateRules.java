package org.diplotrack.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotrack.model.PartialDate;

/**
 * Dates in English text: explicit dates ("29 January 2022", "29th January, 2022", "January 29,
 * 2022", "Jan. 29", "2022-01-29", "March 2022"), a dateline at the top of an article, and dates
 * relative to the article's date ("on Tuesday": the last Tuesday on or before it; "yesterday";
 * "today"; "later this month", "earlier this month", "this month": the month).
 */
public final class DateRules {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+" + YEAR + ")?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+" + YEAR + "\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on|last|this)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** Words before a weekday that put it ahead of the article ("will meet on Friday"); not a bare "to". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|is to|are to|is due|are due|scheduled|next|plans? to|is set to|are set to|is expected to)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(yesterday|today|tomorrow)\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\b(?:(?:later|earlier) )?this month\\b");
    private static final Pattern NEXT_MONTH = Pattern.compile("(?i)\\bnext month\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .,'’-]{1,40}\\(([^)\\n]{0,120})\\)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateRules() {
    }

    /** A date found in text, and where. */
    public record Found(PartialDate date, Span span) {
    }

    /** The date of a dateline ("WASHINGTON (Agency – 29th January, 2022)") starting a line near the top. */
    public static Optional<PartialDate> dateline(String text) {
        Matcher m = DATELINE.matcher(text.length() > 1000 ? text.substring(0, 1000) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        return explicit(m.group(1), 0, null).map(Found::date).filter(d -> d.precision() == PartialDate.Precision.DAY);
    }

    /** Where the dateline near the top of the text is, if it has one. */
    public static Optional<Span> datelineSpan(String text) {
        Matcher m = DATELINE.matcher(text.length() > 1000 ? text.substring(0, 1000) : text);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    /** The first date in a sentence; relative ones are resolved against {@code articleDate} (may be null). */
    public static Optional<Found> find(String text, int offset, PartialDate articleDate) {
        return find(text, offset, articleDate, false);
    }

    /**
     * As above; {@code ahead} says the sentence speaks of what is to come (a contact scheduled),
     * so that "on Friday" is the next Friday rather than the last.
     */
    public static Optional<Found> find(String text, int offset, PartialDate articleDate, boolean ahead) {
        Optional<Found> found = explicit(text, offset, articleDate);
        if (found.isPresent()) {
            return found;
        }
        if (articleDate == null || articleDate.precision() != PartialDate.Precision.DAY) {
            return Optional.empty();
        }
        LocalDate day = articleDate.firstDay();
        Matcher m = WEEKDAY.matcher(text);
        if (m.find()) {
            DayOfWeek wanted = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate resolved = ahead || FUTURE.matcher(text.substring(0, m.start())).find()
                    ? day.with(TemporalAdjusters.nextOrSame(wanted)) : day.with(TemporalAdjusters.previousOrSame(wanted));
            return Optional.of(new Found(PartialDate.of(resolved), new Span(offset + m.start(1), offset + m.end(1))));
        }
        m = RELATIVE_DAY.matcher(text);
        if (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate resolved = word.equals("yesterday") ? day.minusDays(1) : word.equals("tomorrow") ? day.plusDays(1) : day;
            return Optional.of(new Found(PartialDate.of(resolved), new Span(offset + m.start(), offset + m.end())));
        }
        m = THIS_MONTH.matcher(text);
        if (m.find()) {
            return Optional.of(new Found(PartialDate.ofMonth(day.getYear(), day.getMonthValue()),
                    new Span(offset + m.start(), offset + m.end())));
        }
        m = NEXT_MONTH.matcher(text);
        if (m.find()) {
            LocalDate next = day.plusMonths(1);
            return Optional.of(new Found(PartialDate.ofMonth(next.getYear(), next.getMonthValue()),
                    new Span(offset + m.start(), offset + m.end())));
        }
        return Optional.empty();
    }

    private static Optional<Found> explicit(String text, int offset, PartialDate articleDate) {
        Found best = null;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            best = make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    offset + m.start(), offset + m.end());
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Found f = make(year(m.group(3), articleDate), month(m.group(2)), Integer.parseInt(m.group(1)),
                    offset + m.start(), offset + m.end());
            best = earlier(best, f);
            break;
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Found f = make(year(m.group(3), articleDate), month(m.group(1)), Integer.parseInt(m.group(2)),
                    offset + m.start(), offset + m.end());
            best = earlier(best, f);
            break;
        }
        if (best == null) {
            m = MONTH_YEAR.matcher(text);
            if (m.find()) {
                best = make(Integer.parseInt(m.group(2)), month(m.group(1)), 0, offset + m.start(), offset + m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Found earlier(Found a, Found b) {
        if (b == null) {
            return a;
        }
        return a == null || b.span().start() < a.span().start() ? b : a;
    }

    private static int year(String group, PartialDate articleDate) {
        if (group != null) {
            return Integer.parseInt(group);
        }
        return articleDate == null ? -1 : articleDate.year();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Found make(int year, int month, int day, int start, int end) {
        if (year < 1) {
            return null;
        }
        try {
            return new Found(new PartialDate(year, month, day), new Span(start, end));
        } catch (IllegalArgumentException e) {
            return null; // "31 February": not a date
        }
    }
}
