package org.diplotrack.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.diplotrack.model.Level;

/**
 * Infers a side's level from what event data says about its actor (documented in the README,
 * "Level inference", and decision 0023). Event data names roles loosely, so the rules are few,
 * they never guess which of two levels is meant, and anything they do not recognise stays
 * {@link Level#UNKNOWN}.
 *
 * <ol>
 * <li>A title in the actor's name (GDELT's names; ICEWS's generic actors such as
 *     "Envoy (North Korea)"; a title that opens an ICEWS person's name, "Minister Prabhu"),
 *     first match wins, so that deputies, vice-presidents and those elected but not yet in
 *     office are tested before the heads: deputy or vice prime minister or premier: minister;
 *     vice president, vice chancellor, president- or prime-minister-elect: unknown; deputy or
 *     vice minister, state secretary, undersecretary: deputy minister; prime minister, premier,
 *     chancellor, head of government: head of government; president, head of state, king,
 *     queen, emir, sultan: head of state; minister, secretary of state, foreign secretary:
 *     minister; ambassador, envoy, diplomat, embassy, chargé d'affaires, consul: ambassador;
 *     official(s), spokesperson: official. ("Former …" is not a level: see {@link ActorRules}.)
 *     GDELT writes {@code MINIST} for minister and ministry alike: no title.</li>
 * <li>ICEWS's generic "Head of Government (X)" is head of state or government: ICEWS uses it for
 *     the head of the executive, presidents too (the 2018 sample has no "Head of State" actor
 *     and calls the U.S. president "Head of Government (United States)").</li>
 * <li>ICEWS sectors of a named person: {@code Executive Office} gives head of state or
 *     government (ICEWS does not say which), and wins over a ministry sector (a head of
 *     government who keeps a portfolio, Netanyahu); {@code Cabinet} gives minister, with the
 *     portfolio "foreign affairs" beside {@code Foreign Ministry}. A ministry sector alone says
 *     where someone works, not how senior (ministers, their deputies and ambassadors alike):
 *     unknown.</li>
 * <li>Otherwise unknown: GDELT's GOV type alone, or ICEWS's {@code Government}, does not say how
 *     senior someone is. GDELT's leaders are named without their office: the office-holders
 *     table ({@link CameoTables#office}) gives theirs.</li>
 * </ol>
 */
final class LevelRules {
    private record Title(Pattern pattern, Level level) {
    }

    private static final List<Title> TITLES = List.of(
            title("(?:deputy|vice)[ -](?:prime minister|premier|head of government)", Level.MINISTER),
            title("vice[ -]president|vice[ -]chancellor|(?:president|prime minister)[ -]elect", Level.UNKNOWN),
            title("(?:deputy|vice) (?:foreign )?minister|vice-minister|state secretary|under ?secretary"
                    + "|deputy secretary of state", Level.DEPUTY_MINISTER),
            title("prime minister|premier|chancellor|head of government", Level.HEAD_OF_GOVERNMENT),
            title("president|head of state|king|queen|emir|sultan", Level.HEAD_OF_STATE),
            title("minister|secretary of state|foreign secretary", Level.MINISTER),
            title("ambassador|envoy|diplomat|embassy|charg[eé] d'affaires|consul", Level.AMBASSADOR),
            title("officials?|spokes(?:man|woman|person)", Level.OFFICIAL));

    /** How many GDELT actor names {@link #gdelt} remembers before it starts again. */
    private static final int GDELT_NAMES = 20_000;
    private static final Map<String, Level> GDELT_LEVELS = new ConcurrentHashMap<>();

    /**
     * ICEWS names institutions as it names people ("Executive Office of the President",
     * "Department of State", "Israeli Defense Forces"), with the sectors of the people in them.
     */
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:Office|Ministry|Department|Forces|Army|Navy"
            + "|Police|Service|Council|Commission|Committee|Congress|Parliament|Assembly|Court|Agency|Administration"
            + "|Government|Bank|Party)\\b");

    /** The sector a named ICEWS person holds as the head of the executive, or in its office. */
    static final String EXECUTIVE_OFFICE = "Executive Office";

    private LevelRules() {
    }

    private static Title title(String words, Level level) {
        return new Title(Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE), level);
    }

    /** Rule 1: the level the first title found in the name gives, or unknown. */
    static Level fromTitle(String name) {
        if (name == null || name.isEmpty()) {
            return Level.UNKNOWN;
        }
        for (Title t : TITLES) {
            if (t.pattern.matcher(name).find()) {
                return t.level;
            }
        }
        return Level.UNKNOWN;
    }

    /** Rule 1 for a person's name: the level of a title the name starts with ("Minister Prabhu"), or unknown. */
    static Level fromLeadingTitle(String name) {
        if (name == null || name.isEmpty()) {
            return Level.UNKNOWN;
        }
        for (Title t : TITLES) {
            java.util.regex.Matcher m = t.pattern.matcher(name);
            if (m.find()) {
                return m.start() == 0 ? t.level : Level.UNKNOWN;
            }
        }
        return Level.UNKNOWN;
    }

    /** A side's level and portfolio as inferred from ICEWS's name and sectors. */
    record Inferred(Level level, String portfolio) {
    }

    /**
     * ICEWS: generic actors ("Envoy (North Korea)") by their title; named people by a title their
     * name starts with, else by their sectors ("Government,Cabinet,Foreign Ministry" is a minister
     * of foreign affairs).
     */
    static Inferred icews(String name, String sectors) {
        Set<String> list = sectors(sectors);
        if (isGeneric(name)) {
            String title = name.substring(0, name.lastIndexOf(" (")).trim();
            return new Inferred(title.equalsIgnoreCase("Head of Government") ? Level.HEAD_OF_STATE_OR_GOVERNMENT
                    : fromTitle(title), null);
        }
        if (isInstitution(name)) {
            return new Inferred(Level.UNKNOWN, null); // its staff's sectors say nothing of its rank
        }
        String foreign = list.contains("Foreign Ministry") ? "foreign affairs" : null;
        Level titled = fromLeadingTitle(name);
        if (titled.isKnown()) {
            return new Inferred(titled, titled == Level.MINISTER ? foreign : null);
        }
        if (list.contains(EXECUTIVE_OFFICE)) {
            return new Inferred(Level.HEAD_OF_STATE_OR_GOVERNMENT, null);
        }
        if (list.contains("Cabinet")) {
            return new Inferred(Level.MINISTER, foreign);
        }
        return new Inferred(Level.UNKNOWN, null);
    }

    /** ICEWS's comma-separated sectors as a set; empty for none or "NA". */
    static Set<String> sectors(String sectors) {
        if (sectors == null || sectors.isBlank() || sectors.equals("NA")) {
            return Set.of();
        }
        Set<String> set = new java.util.HashSet<>();
        for (String s : sectors.split(",")) {
            if (!s.isBlank()) {
                set.add(s.trim());
            }
        }
        return set;
    }

    /**
     * A named ICEWS actor that is an institution ("Executive Office of the President"), not a
     * person; generic actors ("Head of Government (X)") are read by their title instead.
     */
    static boolean isInstitution(String name) {
        return name != null && !isGeneric(name) && INSTITUTION.matcher(name).find();
    }

    /** ICEWS names generic actors by role and country: "Foreign Affairs (Russia)". */
    static boolean isGeneric(String name) {
        return name != null && name.endsWith(")") && name.lastIndexOf(" (") > 0;
    }

    /** GDELT: a title in the actor's name; the actor's type codes alone say nothing about rank. */
    static Level gdelt(String name) {
        if (name == null) {
            return Level.UNKNOWN;
        }
        // GDELT's actor names come from a small vocabulary ("UNITED STATES", "PRESIDENT"): a
        // name seen before is not matched against every title again. Cleared when it grows
        // past GDELT_NAMES, so a file of odd names cannot fill the heap.
        Level known = GDELT_LEVELS.get(name);
        if (known == null) {
            if (GDELT_LEVELS.size() >= GDELT_NAMES) {
                GDELT_LEVELS.clear();
            }
            known = fromTitle(name.toLowerCase(Locale.ROOT));
            GDELT_LEVELS.put(name, known);
        }
        return known;
    }
}
