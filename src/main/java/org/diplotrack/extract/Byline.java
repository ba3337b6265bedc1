package org.diplotrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotrack.model.PartialDate;

/**
 * What the top of an article's plain text says about it, as pasted from a news page:
 * <pre>
 * Ottawa And Warsaw Agree To Talk Again            ← title: a short first line, a blank line after
 *
 * Jane Doe Published March 14, 2022 | 9:05 AM      ← author and date ("By Jane Doe, Test Wire" too)
 *
 * OTTAWA (Test Wire - 14th March, 2022) Canadian … ← publication (before the dash) and date
 * </pre>
 * Only the first lines are looked at, so a "By …" deep in the text is no byline. Every field
 * that is not found is null.
 */
public final class Byline {
    /** Bylines and titles are at the top: lines past these are not read. */
    private static final int MAX_LINES = 30;
    private static final int MAX_TOP_CHARS = 3_000;
    private static final int MAX_TITLE = 200;
    private static final int MAX_BYLINE = 300;

    private static final String WORD = "(?!(?:Published|Updated|PUBLISHED|UPDATED)\\b)\\p{Lu}[\\p{L}\\p{M}’'.-]*+";
    private static final String JOIN = "(?:de|da|del|della|di|du|la|le|van|von|der|den|bin|ibn|al|el|and|&)";
    /** One or more names: "Jane Doe", "Jean-Luc de la Tour", "Jane Doe and John Roe", "JANE DOE". */
    private static final String NAME = WORD + "(?:[ \\t]++(?:" + WORD + "|" + JOIN + "(?=(?:[ \\t]++" + JOIN + ")*+[ \\t]++\\p{Lu})))*+";
    private static final Pattern BY = Pattern.compile(
            "^[ \\t]*+(?i:by)[ \\t]++(" + NAME + ")[ \\t]*+(?:,[ \\t]*+[^,\\d]{1,60}?)?[ \\t]*+$");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "^[ \\t]*+(?:(?i:by)[ \\t]++)?(?:(" + NAME + ")(?:[ \\t]*+[,|·•–—-])?[ \\t]++)?(?:Published|Updated|PUBLISHED|UPDATED)\\b");
    private static final Pattern PUBLISHED = Pattern.compile("\\b(?:Published|PUBLISHED)\\b(?:[ \\t]+on\\b)?[ \\t]*:?");
    /** The dash before the dateline's date: "UrduPoint News / Sputnik - 29th January, 2022". */
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s*|\\s*[–—]\\s*");
    private static final Pattern NOT_A_TITLE_END = Pattern.compile("[.!?\"”,;:]$");

    private Byline() {
    }

    /** What the text says about its article: title, author, publication, date (url always null). */
    public static Article guess(String text) {
        if (text == null || text.isBlank()) {
            return Article.NONE;
        }
        String top = text.length() > MAX_TOP_CHARS ? text.substring(0, MAX_TOP_CHARS) : text;
        List<String> lines = lines(top);
        String author = null;
        PartialDate published = null;
        for (String line : lines) {
            if (line.length() > MAX_BYLINE) {
                continue;
            }
            Matcher by = BY.matcher(line);
            Matcher pub = PUBLISHED_LINE.matcher(line);
            if (author == null && by.find()) {
                author = by.group(1).strip();
            } else if (pub.find()) {
                if (author == null && pub.group(1) != null) {
                    author = pub.group(1).strip();
                }
                if (published == null) {
                    published = publishedDate(line);
                }
            }
        }
        PartialDate date = published != null ? published : DateRules.dateline(text).orElse(null);
        return new Article(publication(text), title(lines), author, null, date);
    }

    /** The first non-blank line, when it reads as a headline and a blank line follows it. */
    static String title(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i + 1 >= lines.size() || !lines.get(i + 1).isBlank()) {
            return null;
        }
        String line = lines.get(i).strip();
        if (line.length() > MAX_TITLE || NOT_A_TITLE_END.matcher(line).find() || BY.matcher(line).find()
                || PUBLISHED_LINE.matcher(line).find() || DateRules.datelineSpan(line).isPresent()) {
            return null;
        }
        return line.replaceAll("\\s+", " ");
    }

    /** The agency or paper in the dateline's parenthesis: the part before the dash that precedes its date. */
    static String publication(String text) {
        Optional<Span> span = DateRules.datelineSpan(text);
        if (span.isEmpty()) {
            return null;
        }
        String dateline = span.get().of(text);
        int open = dateline.indexOf('(');
        int close = dateline.lastIndexOf(')');
        if (open < 0 || close <= open) {
            return null;
        }
        String inside = dateline.substring(open + 1, close).strip();
        String name = inside;
        Matcher dash = DASH.matcher(inside);
        int cut = -1;
        while (dash.find()) {
            if (inside.substring(dash.end()).matches("(?s).*\\d.*")) {
                cut = dash.start();
            }
        }
        if (cut >= 0) {
            name = inside.substring(0, cut).strip();
        } else if (inside.matches("(?s).*\\d.*")) {
            return null; // "MOSCOW (January 29, 2022)": a date and no name
        }
        // "PARIS (Test Wire)": a name; "(center)", "(2022)" or "(, …)" are not one.
        return name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || name.matches("(?s).*\\d.*")
                ? null : name.replaceAll("\\s+", " ");
    }

    private static PartialDate publishedDate(String line) {
        Matcher m = PUBLISHED.matcher(line);
        if (!m.find()) {
            return null;
        }
        return DateRules.find(line.substring(m.end()), 0, null).map(DateRules.Found::date).orElse(null);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length() && lines.size() < MAX_LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end + 1;
        }
        return lines;
    }
}
