package org.diplotrack.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;

/**
 * Drafts contacts from the plain text of an article, by the rules in {@code resources/extract/}
 * (countries.tsv, titles.tsv, verbs.tsv) and {@link DateRules}. One sentence gives at most one
 * draft: two states named in it (as countries, adjectives, capitals or seats), a verb or phrase
 * from verbs.tsv that is not a negation, and a date (the sentence's, else the article's). The
 * text is only read: nothing in it is run, fetched or interpreted as markup.
 */
public final class ContactExtractor {
    /** Longer text is cut: an article is far shorter, and the rules are linear in it. */
    public static final int MAX_CHARS = 1_000_000;
    private static final int MAX_SENTENCE = 2_000;

    private record Phrase(String text, Country country) {
    }

    private record Title(Pattern pattern, Level level, String portfolio, Country country) {
    }

    /** A verb or phrase; {@code bothSides} is the level it gives each side it leaves unknown ("limited to ambassadors"). */
    private record Verb(Pattern pattern, Mode mode, Status status, Level bothSides) {
    }

    /** Who "he" or "she" at the head of a clause is: the last named office holder just before it. */
    private record Antecedent(Office office, Country other, Span otherSpan) {
    }

    /** A state named in a piece of text; {@code span} is relative to that piece, which starts at {@code base}. */
    private record Mention(Country country, Span span, int base) {
        Span absolute() {
            return shift(span, base);
        }
    }

    /** A title in a piece of text starting at {@code base}, with its state, holder and receiving state. */
    private record Office(Title title, Span span, Country country, String name, Span nameSpan, Country receiving,
                          int base) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final Pattern countryPattern;
    private final List<Title> titles = new ArrayList<>();
    private final List<Verb> verbs = new ArrayList<>();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]?\\s+(?=[\"“‘(]?\\p{Lu})|\\n\\s*\\n");
    private static final Pattern NAME = Pattern.compile(
            "\\G\\s+((?:\\p{Lu}[\\p{L}’'.-]+)(?:\\s+(?:\\p{Lu}[\\p{L}’'.-]+|bin|al-|de|van|von|der)){0,3})");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+|,\\s+(?:and|but|while|whereas)\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:he|she)(?![\\p{L}])");
    private static final Pattern COUNTERPART = Pattern.compile("\\G(?:’s|'s)?\\s+counterparts?(?![\\p{L}])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b\\p{Lu}|\\bMr|\\bMrs|\\bMs|\\bDr|\\bSt|\\bJan|\\bFeb|\\bAug|\\bSept?|\\bOct|\\bNov|\\bDec|\\bGen|\\bSen|\\bRep)\\.$");

    public ContactExtractor() {
        Map<String, Country> byPhrase = new LinkedHashMap<>();
        for (String[] row : Tables.read("countries.tsv")) {
            byPhrase.put(row[0], Country.of(row[1]));
        }
        for (Country c : Countries.all()) {
            // A news article's "Texas" or "Hawaii" is a U.S. state, not the former republic or kingdom.
            if (!c.name().contains(",") && !c.name().contains("(") && Countries.former(c).isEmpty()) {
                byPhrase.putIfAbsent(c.name(), c);
            }
        }
        byPhrase.forEach((p, c) -> phrases.add(new Phrase(p, c)));
        phrases.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
        StringBuilder alternatives = new StringBuilder();
        for (Phrase p : phrases) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(p.text()));
        }
        countryPattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d]|\\.\\p{L})");
        for (String[] row : Tables.read("titles.tsv")) {
            titles.add(new Title(Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(row[0]) + "(?![\\p{L}])"),
                    Level.fromCode(row[1]), row.length > 2 && !row[2].isBlank() ? row[2] : null,
                    row.length > 3 && !row[3].isBlank() ? Country.of(row[3]) : null));
        }
        titles.sort(Comparator.comparingInt((Title t) -> -t.pattern().pattern().length()));
        for (String[] row : Tables.read("verbs.tsv")) {
            verbs.add(new Verb(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + row[0] + ")(?![\\p{L}])"),
                    row[1].equals("-") ? null : Mode.fromCode(row[1]),
                    row[2].equals("none") ? null : Status.fromCode(row[2]),
                    row.length > 3 && !row[3].isBlank() ? Level.fromCode(row[3]) : null));
        }
    }

    /** The drafts in the text, in the order of their sentences. */
    public List<Draft> extract(String text, Article article) {
        String body = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Article meta = article == null ? Article.NONE : article;
        PartialDate articleDate = meta.date() != null ? meta.date() : DateRules.dateline(body).orElse(null);
        List<Draft> drafts = new ArrayList<>();
        // The dateline gives the article's date, not the contact's, and is no part of its sentence.
        Span dateline = DateRules.datelineSpan(body).orElse(null);
        Span previous = null;
        for (Span whole : sentences(body)) {
            Span sentence = whole;
            if (dateline != null && whole.start() < dateline.end() && whole.end() > dateline.start()) {
                int start = Math.min(dateline.end(), whole.end());
                while (start < whole.end() && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
                sentence = new Span(start, whole.end());
            }
            if (sentence.end() - sentence.start() <= MAX_SENTENCE) {
                for (Draft d : drafts(body, sentence, previous, meta, articleDate)) {
                    if (drafts.stream().noneMatch(other -> sameContact(other.contact(), d.contact()))) {
                        drafts.add(d);
                    }
                }
            }
            previous = sentence.end() - sentence.start() <= MAX_SENTENCE ? sentence : null;
        }
        return drafts;
    }

    /** The sentences of the text; a dateline's parenthesis and abbreviations such as "U.S." do not end one. */
    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(Math.max(start, m.start() - 6), m.start());
            if (ABBREVIATION.matcher(before).find() && !text.startsWith("\n", m.start())) {
                continue;
            }
            add(spans, text, start, m.start());
            start = m.end();
        }
        add(spans, text, start, text.length());
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }

    /** An article that says the same thing twice gives one draft: same pair, date, mode and status. */
    private static boolean sameContact(Contact a, Contact b) {
        return a.dyad().equals(b.dyad()) && a.date().equals(b.date()) && a.mode() == b.mode() && a.status() == b.status();
    }

    /**
     * The drafts of one sentence: one a clause when its clauses ("…, and …", "…; …") each name a
     * contact, else at most one for the whole sentence.
     */
    private List<Draft> drafts(String text, Span sentence, Span previous, Article meta, PartialDate articleDate) {
        List<Draft> found = new ArrayList<>();
        List<Span> clauses = clauses(text, sentence);
        if (clauses.size() > 1) {
            for (Span clause : clauses) {
                draft(text, clause, sentence, previous, meta, articleDate).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            draft(text, sentence, sentence, previous, meta, articleDate).ifPresent(found::add);
        }
        return found;
    }

    /** The clauses of a sentence, split where ", and", ", but", ", while" or ";" starts a new one. */
    static List<Span> clauses(String text, Span sentence) {
        List<Span> spans = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence.of(text));
        int start = 0;
        while (m.find()) {
            add(spans, text, sentence.start() + start, sentence.start() + m.start());
            start = m.end();
        }
        add(spans, text, sentence.start() + start, sentence.end());
        return spans;
    }

    private Optional<Draft> draft(String text, Span clause, Span sentence, Span previous, Article meta,
                                  PartialDate articleDate) {
        String s = clause.of(text);
        int off = clause.start();
        Verb verb = null;
        Matcher verbMatch = null;
        for (Verb v : verbs) {
            Matcher m = v.pattern().matcher(s);
            if (m.find()) {
                verb = v;
                verbMatch = m;
                break;
            }
        }
        if (verb == null || verb.status() == null) {
            return Optional.empty();
        }
        List<Mention> mentions = mentions(s, off);
        List<Office> offices = offices(s, mentions, off);
        // Countries given only by a title ("Secretary of State Antony Blinken") take part too.
        List<Mention> all = new ArrayList<>(mentions);
        for (Office o : offices) {
            if (o.title().country() != null && o.country() == o.title().country()
                    && mentions.stream().noneMatch(x -> x.country().equals(o.country()))) {
                all.add(new Mention(o.country(), o.span(), off));
            }
        }
        all.sort(Comparator.comparingInt(x -> x.span().start()));
        List<Mention> sides = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        for (Mention x : all) {
            if (sides.stream().anyMatch(y -> y.country().equals(x.country()))) {
                continue;
            }
            if (isPlace(s, x) || offices.stream().anyMatch(o -> x.country().equals(o.receiving())
                    && o.span().start() < x.span().start() && x.span().start() - o.span().end() < 6
                    && offices.stream().noneMatch(p -> p != o && x.country().equals(p.country())))) {
                places.add(x);
            } else {
                sides.add(x);
            }
        }
        // An ambassador's receiving state, or the place visited, is a side when only one other is named.
        for (Mention p : places) {
            if (sides.size() < 2 && sides.stream().noneMatch(y -> y.country().equals(p.country()))) {
                sides.add(p);
            }
        }
        Antecedent antecedent = null;
        Matcher pronoun = PRONOUN.matcher(s);
        if (sides.size() < 2 && pronoun.find() && pronoun.start() < verbMatch.start()) {
            antecedent = antecedent(text, sentence, clause, previous).orElse(null);
            if (antecedent != null) {
                Country who = antecedent.office().country();
                Mention subject = new Mention(who, new Span(pronoun.start(), pronoun.end()), off);
                List<Mention> others = sides.stream().filter(x -> !x.country().equals(who)).toList();
                sides.clear();
                sides.add(subject);
                if (!others.isEmpty()) {
                    sides.add(others.get(0));
                } else if (antecedent.other() != null) {
                    sides.add(new Mention(antecedent.other(), antecedent.otherSpan(), 0));
                }
            }
        }
        if (sides.size() < 2) {
            return Optional.empty();
        }
        Mention a = sides.get(0);
        Mention b = sides.get(1);
        boolean ahead = verb.status() == Status.SCHEDULED;
        Optional<DateRules.Found> found = DateRules.find(s, off, articleDate, ahead);
        if (found.isEmpty() && !clause.equals(sentence)) {
            found = DateRules.find(sentence.of(text), sentence.start(), articleDate, ahead);
        }
        PartialDate date = found.map(DateRules.Found::date).orElse(articleDate);
        if (date == null) {
            return Optional.empty();
        }
        Mode mode = mode(s, verb, a, b, places, mentions);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(Evidence.Field.COUNTRY_A, a.absolute()));
        evidence.add(new Evidence(Evidence.Field.COUNTRY_B, b.absolute()));
        evidence.add(new Evidence(Evidence.Field.VERB, new Span(off + verbMatch.start(), off + verbMatch.end())));
        found.ifPresent(f -> evidence.add(new Evidence(Evidence.Field.DATE, f.span())));
        List<Office> holders = new ArrayList<>(offices);
        if (antecedent != null) {
            holders.add(antecedent.office());
        }
        Side sideA = side(a.country(), holders, evidence, true);
        Side sideB = side(b.country(), holders, evidence, false);
        sideA = counterpart(s, mentions, sideA, sideB, evidence, true);
        sideB = counterpart(s, mentions, sideB, sideA, evidence, false);
        if (verb.bothSides() != null) {
            sideA = atLevel(sideA, verb.bothSides());
            sideB = atLevel(sideB, verb.bothSides());
        }
        boolean described = meta.publication() != null || meta.title() != null || meta.url() != null;
        String quote = sentence.of(text);
        List<Source> sources = described ? List.of(new Source(meta.publication(), meta.title(), meta.author(), meta.url(),
                meta.date() != null ? meta.date() : articleDate, null, quote)) : List.of();
        Contact contact = Contact.builder().a(sideA).b(sideB).date(date).mode(mode).status(verb.status())
                .summary(quote).sources(sources)
                .provenance(new Provenance(Provenance.Origin.TEXT, null, null, null, null)).build();
        return Optional.of(new Draft(contact, sentence, evidence));
    }

    private static Span shift(Span span, int off) {
        return new Span(span.start() + off, span.end() + off);
    }

    /** "in Geneva", "in Indonesia", "on the margins": a country named as where it happened. */
    private static boolean isPlace(String s, Mention x) {
        String before = s.substring(Math.max(0, x.span().start() - 12), x.span().start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:in|to|at|from|hosted by|summit in)\\s+(?:the\\s+)?$");
    }

    /** The states a sentence names as where it happened: "in Warsaw", "at the Kremlin". */
    private static List<Country> locations(String s, List<Mention> mentions) {
        return mentions.stream().filter(x -> s.substring(Math.max(0, x.span().start() - 8), x.span().start())
                .toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:in|at)\\s+(?:the\\s+)?$")).map(Mention::country).toList();
    }

    private static Mode mode(String s, Verb verb, Mention a, Mention b, List<Mention> places, List<Mention> mentions) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (verb.mode() != null && verb.mode() != Mode.VISIT && verb.mode() != Mode.HOSTED_VISIT) {
            return verb.mode();
        }
        if (lower.matches("(?s).*\\b(?:video ?call|video conference|videoconference|virtual|by video)\\b.*")) {
            return Mode.VIDEO_CALL;
        }
        if (lower.matches("(?s).*\\b(?:by phone|by telephone|phone call|telephone call|on the phone|phone conversation|telephone conversation)\\b.*")) {
            return Mode.PHONE_CALL;
        }
        boolean thirdPlace = lower.matches("(?s).*\\b(?:margins?|sidelines?|summit|in geneva|in vienna|in new york)\\b.*")
                || places.stream().anyMatch(p -> !p.country().equals(a.country()) && !p.country().equals(b.country()));
        if (verb.mode() == null) {
            if (thirdPlace) {
                return Mode.THIRD_LOCATION;
            }
            // "A met B in B's capital" is A's visit to B; "A met B in A's" is A hosting B.
            List<Country> where = locations(s, mentions);
            if (where.contains(b.country()) && !where.contains(a.country())) {
                return Mode.VISIT;
            }
            if (where.contains(a.country()) && !where.contains(b.country())) {
                return Mode.HOSTED_VISIT;
            }
            if (lower.matches("(?s).*\\b(?:visit|visited|visiting|trip|travel|travelled|traveled|arrived)\\b.*")) {
                return Mode.VISIT;
            }
            if (lower.matches("(?s).*\\b(?:hosted|host|received|welcomed)\\b.*")) {
                return Mode.HOSTED_VISIT;
            }
            if (lower.matches("(?s).*\\b(?:summoned|summon)\\b.*")) {
                return Mode.EMBASSY_CHANNEL;
            }
            if (lower.matches("(?s).*\\b(?:call|phone)\\b.*")) {
                return Mode.PHONE_CALL;
            }
            return Mode.OTHER;
        }
        return thirdPlace && verb.mode() == Mode.VISIT ? Mode.THIRD_LOCATION : verb.mode();
    }

    /**
     * The last named office holder with a state before the clause (in its sentence, else in the one
     * before), and the one other state named there, if just one is.
     */
    private Optional<Antecedent> antecedent(String text, Span sentence, Span clause, Span previous) {
        List<Span> pieces = new ArrayList<>();
        if (clause.start() > sentence.start()) {
            pieces.add(new Span(sentence.start(), clause.start()));
        }
        if (previous != null) {
            pieces.add(previous);
        }
        for (Span piece : pieces) {
            String p = piece.of(text);
            List<Mention> mentions = mentions(p, piece.start());
            List<Office> named = offices(p, mentions, piece.start()).stream()
                    .filter(o -> o.country() != null && o.name() != null).toList();
            if (!named.isEmpty()) {
                Office holder = named.get(named.size() - 1);
                List<Mention> others = mentions.stream().filter(x -> !x.country().equals(holder.country())).toList();
                boolean oneOther = others.stream().map(Mention::country).distinct().count() == 1;
                return Optional.of(oneOther
                        ? new Antecedent(holder, others.get(0).country(), others.get(0).absolute())
                        : new Antecedent(holder, null, null));
            }
        }
        return Optional.empty();
    }

    private static Side atLevel(Side side, Level level) {
        return side.level() == Level.UNKNOWN ? new Side(side.country(), level, side.portfolio(), side.participants()) : side;
    }

    /** "her Russian counterpart": a side named only so takes the other side's level and portfolio. */
    private static Side counterpart(String s, List<Mention> mentions, Side side, Side other, List<Evidence> evidence,
                                    boolean isA) {
        if (side.level() != Level.UNKNOWN || other.level() == Level.UNKNOWN) {
            return side;
        }
        for (Mention x : mentions) {
            Matcher m = COUNTERPART.matcher(s);
            if (x.country().equals(side.country()) && m.find(x.span().end())) {
                evidence.add(new Evidence(isA ? Evidence.Field.TITLE_A : Evidence.Field.TITLE_B,
                        shift(new Span(m.start(), m.end()), x.base())));
                return new Side(side.country(), other.level(), other.portfolio(), side.participants());
            }
        }
        return side;
    }

    private Side side(Country country, List<Office> offices, List<Evidence> evidence, boolean isA) {
        for (Office o : offices) {
            if (country.equals(o.country())) {
                evidence.add(new Evidence(isA ? Evidence.Field.TITLE_A : Evidence.Field.TITLE_B, shift(o.span(), o.base())));
                if (o.nameSpan() != null) {
                    evidence.add(new Evidence(isA ? Evidence.Field.PERSON_A : Evidence.Field.PERSON_B,
                            shift(o.nameSpan(), o.base())));
                }
                String title = titleText(o);
                return new Side(country, o.title().level(), o.title().portfolio(),
                        List.of(new Participant(o.name(), title)));
            }
        }
        return Side.of(country, Level.UNKNOWN);
    }

    private static String titleText(Office o) {
        String title = o.title().pattern().pattern();
        title = title.substring(title.indexOf("\\Q") + 2, title.indexOf("\\E"));
        String result = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        if (o.country() != null) {
            result += " of " + o.country().name();
        }
        if (o.receiving() != null) {
            result += " to " + o.receiving().name();
        }
        return result;
    }

    /** The distinct states a sentence names, in order (for the naive baseline of the benchmark). */
    List<Country> countriesIn(String sentence) {
        return mentions(sentence, 0).stream().map(Mention::country).distinct().toList();
    }

    private List<Mention> mentions(String s, int base) {
        List<Mention> found = new ArrayList<>();
        Matcher m = countryPattern.matcher(s);
        while (m.find()) {
            String word = m.group();
            // "US" and "UK" only in capitals; other names need their capital initial.
            Country c = phrases.stream().filter(p -> p.text().equals(word)).findFirst().map(Phrase::country).orElse(null);
            if (c != null) {
                found.add(new Mention(c, new Span(m.start(), m.end()), base));
            }
        }
        return found;
    }

    /** The titles in a sentence, each with its country (adjective before, "of X" after, "X's" before) and holder. */
    private List<Office> offices(String sentence, List<Mention> mentions, int base) {
        // Brackets are read as spaces ("(Canadian) Foreign Minister (Melanie) Joly"), keeping every offset.
        String s = sentence.replace('(', ' ').replace(')', ' ');
        List<Office> offices = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        for (Title t : titles) {
            Matcher m = t.pattern().matcher(s);
            while (m.find()) {
                if (taken[m.start()] || taken[m.end() - 1]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                int end = m.end();
                Country country = null;
                Country receiving = null;
                for (Mention x : mentions) {
                    int gap = m.start() - x.span().end();
                    String between = gap >= 0 ? s.substring(x.span().end(), m.start()) : "";
                    if (gap >= 0 && gap <= 40 && between.matches("(?:’s|'s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}")) {
                        country = x.country();
                    }
                }
                Matcher of = Pattern.compile("\\G\\s+(of|to)\\s+(?:the\\s+)?").matcher(s);
                while (of.find(end)) {
                    Mention after = mentions.stream().filter(x -> x.span().start() == of.end()).findFirst().orElse(null);
                    if (after == null) {
                        break;
                    }
                    if (of.group(1).equals("of") && country == null) {
                        country = after.country();
                    } else if (of.group(1).equals("to")) {
                        receiving = after.country();
                    } else {
                        break;
                    }
                    end = after.span().end();
                }
                if (country == null && t.country() != null) {
                    country = t.country();
                }
                String name = null;
                Span nameSpan = null;
                Matcher n = NAME.matcher(s);
                if (n.find(end) && mentions.stream().noneMatch(x -> x.span().start() == n.start(1))) {
                    String raw = n.group(1).replaceAll("[.’']$", "");
                    nameSpan = new Span(n.start(1), n.start(1) + raw.length());
                    name = raw.replaceAll("\\s+", " ");
                }
                offices.add(new Office(t, new Span(m.start(), m.end()), country, name, nameSpan, receiving, base));
            }
        }
        offices.sort(Comparator.comparingInt(o -> o.span().start()));
        return offices;
    }
}
