package org.diplotrack.io;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplotrack.model.Level;

/**
 * Infers a side's level from what event data says about its actor (documented in the README,
 * "Level inference"). Event data names roles loosely, so the rules are deliberately few and
 * anything they do not recognise stays {@link Level#UNKNOWN}.
 *
 * <ol>
 * <li>A title in the actor's name (GDELT's names; ICEWS's generic actors such as
 *     "Head of Government (India)"), first match wins: head of government (prime minister,
 *     premier, chancellor, head of government); head of state (president but not vice president,
 *     head of state, king, queen, emir, sultan); deputy minister (deputy or vice minister, state
 *     secretary, undersecretary); minister (minister, secretary of state, foreign secretary);
 *     ambassador (ambassador, envoy, diplomat, embassy, chargé d'affaires, consul); official
 *     ("Other Authorities / Officials", official, spokesperson).</li>
 * <li>ICEWS sectors of a named person: "Executive Office" gives head of state (ICEWS does not
 *     tell heads of state from heads of government; both rank 5) unless a "… Ministry" sector
 *     is there too (deputy prime ministers who hold a ministry: minister); "Cabinet" or any
 *     "… Ministry" sector gives minister, with the portfolio "foreign affairs" for "Foreign
 *     Ministry".</li>
 * <li>Otherwise unknown: GDELT's GOV type alone, or ICEWS's "Government", does not say how senior.</li>
 * </ol>
 */
final class LevelRules {
    private record Title(Pattern pattern, Level level) {
    }

    private static final List<Title> TITLES = List.of(
            title("prime minister|premier|chancellor|head of government", Level.HEAD_OF_GOVERNMENT),
            title("(?<!vice )(?<!vice-)president|head of state|king|queen|emir|sultan", Level.HEAD_OF_STATE),
            title("deputy (?:foreign )?minister|vice (?:foreign )?minister|vice-minister|state secretary"
                    + "|under ?secretary", Level.DEPUTY_MINISTER),
            title("minister|secretary of state|foreign secretary", Level.MINISTER),
            title("ambassador|envoy|diplomat|embassy|charg[eé] d'affaires|consul", Level.AMBASSADOR),
            title("officials?|spokes(?:man|woman|person)", Level.OFFICIAL));

    private LevelRules() {
    }

    private static Title title(String words, Level level) {
        return new Title(Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE), level);
    }

    /** Rule 1: the level a title in the name gives, or unknown. */
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

    /** A side's level and portfolio as inferred from ICEWS's name and sectors. */
    record Inferred(Level level, String portfolio) {
    }

    /**
     * ICEWS: generic actors ("Envoy (North Korea)") by their title; named people by their sectors
     * ("Government,Executive,Foreign Ministry" is a minister of foreign affairs).
     */
    static Inferred icews(String name, String sectors) {
        if (isGeneric(name)) {
            return new Inferred(fromTitle(name.substring(0, name.lastIndexOf('('))), null);
        }
        if (sectors == null || sectors.isEmpty() || sectors.equals("NA")) {
            return new Inferred(Level.UNKNOWN, null);
        }
        List<String> list = List.of(sectors.split(","));
        boolean ministry = list.stream().anyMatch(s -> s.endsWith(" Ministry"));
        // A deputy head of government who also runs a ministry (Walid Muallem, Pham Binh Minh)
        // carries both sectors; he meets others as that minister.
        if (list.contains("Executive Office") && !ministry) {
            return new Inferred(Level.HEAD_OF_STATE, null);
        }
        if (list.contains("Cabinet") || ministry) {
            return new Inferred(Level.MINISTER, list.contains("Foreign Ministry") ? "foreign affairs" : null);
        }
        return new Inferred(Level.UNKNOWN, null);
    }

    /** ICEWS names generic actors by role and country: "Foreign Affairs (Russia)". */
    static boolean isGeneric(String name) {
        return name != null && name.endsWith(")") && name.lastIndexOf(" (") > 0;
    }

    /** GDELT: a title in the actor's name; the actor's type codes alone say nothing about rank. */
    static Level gdelt(String name) {
        return fromTitle(name == null ? null : name.toLowerCase(Locale.ROOT));
    }
}
