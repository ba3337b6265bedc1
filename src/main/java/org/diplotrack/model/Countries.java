package org.diplotrack.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.diplotrack.model.l10n.Localization;

/**
 * The ISO 3166-1 countries the JDK knows, plus Kosovo under the user-assigned code {@code XK}
 * ({@code XKX}) that the European Union, the World Bank and Unicode's locale data use (ISO 3166
 * has no code for it; decision 0023), and the states that no longer exist ({@link FormerState}:
 * the Soviet Union, Yugoslavia, …, decision 0024), looked up by alpha-2 code, alpha-3 code or
 * name in English, French or Russian (case and accents ignored), plus a few common long forms
 * such as "Russian Federation".
 */
public final class Countries {
    private static final Map<String, Country> BY_ALPHA2 = new TreeMap<>();
    private static final Map<String, Country> BY_KEY = new TreeMap<>();
    private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

    /** Official or usual long names that differ from the JDK's short English name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("russian federation", "RU"),
            Map.entry("united states of america", "US"),
            Map.entry("usa", "US"),
            Map.entry("united kingdom of great britain and northern ireland", "GB"),
            Map.entry("uk", "GB"),
            Map.entry("great britain", "GB"),
            Map.entry("people's republic of china", "CN"),
            Map.entry("republic of korea", "KR"),
            Map.entry("south korea", "KR"),
            Map.entry("north korea", "KP"),
            Map.entry("iran, islamic republic of", "IR"),
            Map.entry("syrian arab republic", "SY"),
            Map.entry("viet nam", "VN"),
            Map.entry("czech republic", "CZ"),
            Map.entry("turkey", "TR"),
            Map.entry("ussr", "SU"),
            Map.entry("u.s.s.r.", "SU"),
            Map.entry("union of soviet socialist republics", "SU"),
            Map.entry("east germany", "DD"),
            Map.entry("gdr", "DD"),
            Map.entry("republic of vietnam", "XV"),
            Map.entry("democratic republic of vietnam", "VD"),
            Map.entry("kingdom of hawaii", "XH"),
            Map.entry("republic of texas", "XT"),
            Map.entry("kingdom of the two sicilies", "XI"));

    /**
     * States without an ISO 3166-1 code, under user-assigned codes that are in common use (the JDK's
     * locale data names XK in French and Russian too).
     */
    private static final List<Country> USER_ASSIGNED = List.of(new Country("XK", "XKX", "Kosovo"));

    private static final Map<Country, FormerState> FORMER = new TreeMap<>();
    /** Each country's predecessors, transitively, read once from {@link #FORMER}; absent for most. */
    private static final Map<Country, Set<Country>> PREDECESSORS = new TreeMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            Country country = new Country(code, locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
            BY_ALPHA2.put(code, country);
            BY_KEY.put(key(code), country);
            BY_KEY.put(key(country.alpha3()), country);
            BY_KEY.putIfAbsent(key(country.name()), country);
        }
        for (Country country : USER_ASSIGNED) {
            BY_ALPHA2.put(country.alpha2(), country);
            BY_KEY.put(key(country.alpha2()), country);
            BY_KEY.put(key(country.alpha3()), country);
            BY_KEY.putIfAbsent(key(country.name()), country);
        }
        for (FormerState state : FormerState.table()) {
            Country country = state.country();
            if (BY_ALPHA2.containsKey(country.alpha2())) {
                throw new IllegalStateException("former state " + country + " has the code of a country that exists");
            }
            FORMER.put(country, state);
            BY_ALPHA2.put(country.alpha2(), country);
            BY_KEY.put(key(country.alpha2()), country);
            BY_KEY.put(key(country.alpha3()), country);
            state.names().values().forEach(name -> BY_KEY.putIfAbsent(key(name), country));
        }
        ALIASES.forEach((name, code) -> BY_KEY.putIfAbsent(key(name), BY_ALPHA2.get(code)));
        for (Country country : BY_ALPHA2.values()) {
            Set<Country> found = collectPredecessors(country);
            if (!found.isEmpty()) {
                PREDECESSORS.put(country, Collections.unmodifiableSet(found));
            }
        }
    }

    private Countries() {
    }

    /** The country's name in the language in use (the JDK's; the English name where it has none). */
    static String label(Country country) {
        Locale language = Localization.locale();
        if (language.getLanguage().equals("en")) {
            return country.name();
        }
        return LABELS.computeIfAbsent(language.getLanguage() + country.alpha2(), k -> {
            FormerState former = FORMER.get(country);
            if (former != null) {
                return former.names().getOrDefault(language.getLanguage(), country.name());
            }
            String name = new Locale("", country.alpha2()).getDisplayCountry(language);
            return name.isBlank() || name.equals(country.alpha2()) ? country.name() : name;
        });
    }

    /** Every known country, ordered by alpha-2 code. */
    public static Collection<Country> all() {
        return Collections.unmodifiableCollection(BY_ALPHA2.values());
    }

    /** The state's record when it no longer exists, else empty. */
    public static Optional<FormerState> former(Country country) {
        return Optional.ofNullable(FORMER.get(country));
    }

    /**
     * The states whose history a country continues, and theirs in turn (Serbia: Serbia and
     * Montenegro, Yugoslavia); empty for most.
     */
    public static Set<Country> predecessors(Country country) {
        return PREDECESSORS.getOrDefault(country, Set.of());
    }

    private static Set<Country> collectPredecessors(Country country) {
        Set<Country> found = new TreeSet<>();
        List<Country> todo = new java.util.ArrayList<>(List.of(country));
        while (!todo.isEmpty()) {
            Country next = todo.remove(todo.size() - 1);
            for (FormerState state : FORMER.values()) {
                if (state.continued().contains(next.alpha2()) && found.add(state.country())) {
                    todo.add(state.country());
                }
            }
        }
        return found;
    }

    /** The pairs a pair stands for: itself alone, or with {@code withPredecessors} {@link #withPredecessors(Dyad)}. */
    public static Set<Dyad> pairsOf(Dyad dyad, boolean withPredecessors) {
        return withPredecessors ? withPredecessors(dyad) : Set.of(dyad);
    }

    /**
     * A pair and the pairs of its countries' predecessors (Russia–United States: also the Soviet
     * Union–United States and the Soviet Union–Hawaii, …), the pair itself first.
     */
    public static Set<Dyad> withPredecessors(Dyad dyad) {
        Set<Dyad> pairs = new LinkedHashSet<>();
        pairs.add(dyad);
        Set<Country> firsts = new LinkedHashSet<>(List.of(dyad.first()));
        firsts.addAll(predecessors(dyad.first()));
        Set<Country> seconds = new LinkedHashSet<>(List.of(dyad.second()));
        seconds.addAll(predecessors(dyad.second()));
        for (Country a : firsts) {
            for (Country b : seconds) {
                if (!a.equals(b)) {
                    pairs.add(Dyad.of(a, b));
                }
            }
        }
        return Collections.unmodifiableSet(pairs);
    }

    /**
     * The member of {@code dyad} that {@code country} is or precedes (the Soviet Union in
     * Russia–United States: Russia), or null when it is neither.
     */
    public static Country standingFor(Country country, Dyad dyad) {
        if (dyad.contains(country)) {
            return country;
        }
        for (Country member : List.of(dyad.first(), dyad.second())) {
            if (predecessors(member).contains(country)) {
                return member;
            }
        }
        return null;
    }

    /**
     * @throws UnknownCountryException naming the input when nothing matches
     */
    public static Country lookup(String codeOrName) {
        Country country = codeOrName == null ? null : BY_KEY.get(key(codeOrName));
        if (country == null && codeOrName != null) {
            country = OtherLanguages.BY_NAME.get(key(codeOrName));
        }
        if (country == null) {
            throw new UnknownCountryException(codeOrName);
        }
        return country;
    }

    /**
     * Countries for what a user has typed so far, best first: the one whose code or alias it
     * is ("ru", "uk"), then names starting with it, then names with a word starting with it,
     * then names containing it; alphabetical within each. Case and accents are ignored.
     */
    public static List<Country> suggest(String typed) {
        String text = typed == null ? "" : key(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        Country exact = BY_KEY.get(text);
        return all().stream()
                .filter(c -> c.equals(exact) || key(c.label()).contains(text) || key(c.name()).contains(text))
                .sorted(Comparator.<Country>comparingInt(c -> rank(c, text, exact))
                        .thenComparing(Country::label))
                .toList();
    }

    private static int rank(Country country, String text, Country exact) {
        String name = key(country.label());
        if (country.equals(exact)) {
            return 0;
        }
        if (name.startsWith(text)) {
            return 1;
        }
        for (int i = name.indexOf(text, 1); i > 0; i = name.indexOf(text, i + 1)) {
            if (!Character.isLetterOrDigit(name.charAt(i - 1))) {
                return 2; // a word of the name starts with it
            }
        }
        return 3;
    }

    /**
     * The names in French and Russian, read on the first name not found in English: the JDK's
     * locale data for them costs tens of milliseconds that a start in English need not pay.
     */
    private static final class OtherLanguages {
        static final Map<String, Country> BY_NAME = new TreeMap<>();

        static {
            for (Country country : BY_ALPHA2.values()) {
                Locale locale = new Locale("", country.alpha2());
                for (Locale language : Localization.LANGUAGES) {
                    BY_NAME.putIfAbsent(key(locale.getDisplayCountry(language)), country);
                }
            }
        }
    }

    private static String key(String s) {
        String stripped = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
