package org.diplotrack.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplotrack.model.Countries;
import org.diplotrack.model.UnknownCountryException;

/**
 * What the importers should make of the real samples, worked out here by plain splitting of the
 * raw rows, with the rules of README "CAMEO mapping" and "Level inference" (decision 0023) typed
 * again rather than called: the reason each row is skipped for, or null for a contact.
 */
final class FixtureCounts {
    static final Set<String> CONTACT_CODES = Set.of("036", "040", "041", "042", "043", "044", "045", "046", "125");

    /** ICEWS names the JDK does not know (the same facts as resources/icews/country-names.tsv, typed again). */
    private static final Map<String, String> ICEWS_NAMES = Map.of("Occupied Palestinian Territory", "PS",
            "Myanmar", "MM", "Holy See", "VA", "the former Yugoslav Republic of Macedonia", "MK", "Congo", "CG",
            "Democratic Republic of Congo", "CD", "Moldova, Republic of", "MD", "Hong Kong", "HK",
            "Bosnia and Herzegovina", "BA", "Swaziland", "SZ");

    /** The leaders the GDELT sample names, with their terms (from, to): the office-holders table typed again. */
    private static final Map<String, List<String[]>> TERMS = Map.of(
            "OBAMA", List.<String[]>of(new String[] {"2009-01-20", "2017-01-20"}),
            "HILLARY CLINTON", List.<String[]>of(new String[] {"2009-01-21", "2013-02-01"}),
            "SHINZO ABE", List.of(new String[] {"2006-09-26", "2007-09-26"}, new String[] {"2012-12-26", "2020-09-16"}),
            "ANGELA MERKEL", List.<String[]>of(new String[] {"2005-11-22", "2021-12-08"}),
            "VLADIMIR PUTIN", List.<String[]>of(new String[] {"1999-08-16", null}),
            "MICHEL AOUN", List.<String[]>of(new String[] {"2016-10-31", "2022-10-30"}),
            "ALBERT", List.<String[]>of(new String[] {"2005-04-06", null}));

    private FixtureCounts() {
    }

    static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skip reasons of the ICEWS sample's rows (header left out), null counted under {@code null}. */
    static Map<SkipReason, Long> icews() {
        Map<SkipReason, Long> counts = new HashMap<>();
        for (String[] f : rows(Fixtures.icews()).subList(1, rows(Fixtures.icews()).size())) {
            counts.merge(icewsRow(f), 1L, Long::sum);
        }
        return counts;
    }

    static SkipReason icewsRow(String[] f) {
        if (!CONTACT_CODES.contains(f[6].substring(0, Math.min(3, f[6].length())))) {
            return SkipReason.NOT_CONTACT_CODE;
        }
        SkipReason a = icewsActor(f[2], f[3], f[4]);
        if (a != null) {
            return a;
        }
        SkipReason b = icewsActor(f[8], f[9], f[10]);
        if (b != null) {
            return b;
        }
        String ca = icewsCountry(f[2], f[4]);
        String cb = icewsCountry(f[8], f[10]);
        if (ca == null || cb == null) {
            return SkipReason.UNKNOWN_COUNTRY;
        }
        return ca.equals(cb) ? SkipReason.SAME_COUNTRY : null;
    }

    /** README "CAMEO mapping", actors that are not their state, for ICEWS's name and sectors. */
    static SkipReason icewsActor(String name, String sectorText) {
        if (name.toLowerCase(Locale.ROOT).startsWith("former ")) {
            return SkipReason.FORMER_OFFICIAL;
        }
        List<String> s = sectorText.equals("NA") ? List.of() : List.of(sectorText.split(","));
        if (s.isEmpty() || s.contains("Executive Office")) {
            return null;
        }
        if (s.contains("International Government Organization") || s.stream().anyMatch(x -> x.endsWith("IGOs"))) {
            return SkipReason.INTERNATIONAL_ORGANISATION;
        }
        if (s.contains("State Media")) {
            return SkipReason.MEDIA;
        }
        for (String x : s) {
            if (x.equals("Government") || x.equals("Executive") || x.equals("Cabinet") || x.endsWith("Ministry")
                    || x.equals("Legislative / Parliamentary") || x.equals("Military") || x.equals("Police")
                    || x.equals("Judicial") || x.equals("Parties") || x.equals("Elite") || x.contains("Party")) {
                return null;
            }
        }
        if (s.contains("Media") || s.stream().anyMatch(x -> x.contains("News"))) {
            return SkipReason.MEDIA;
        }
        if (s.stream().anyMatch(x -> x.contains("Business") || x.equals("Multinational Corporation"))) {
            return SkipReason.BUSINESS;
        }
        if (s.stream().anyMatch(x -> x.contains("Nongovernmental") || x.endsWith("NGOs"))) {
            return SkipReason.NGO;
        }
        if (s.contains("Dissident") || s.contains("Insurgents") || s.contains("Separatists")
                || s.contains("Protestors / Popular Opposition / Mobs") || s.contains("Organized Violent")
                || s.contains("Radicals / Extremists / Fundamentalists") || s.contains("Criminals / Gangs")) {
            return SkipReason.DISSIDENT;
        }
        if (s.stream().anyMatch(x -> x.contains("Religious") || List.of("Catholic", "Christian", "Protestant",
                "Orthodox", "Muslim", "Sunni", "Shia", "Jews", "Hindu", "Buddhist", "Shinto").contains(x))) {
            return SkipReason.RELIGIOUS;
        }
        if (s.contains("Social") || s.contains("General Population / Civilian / Social") || s.contains("Education")
                || s.contains("Labor") || s.contains("Legal") || s.contains("Medical / Health")) {
            return SkipReason.CIVILIAN;
        }
        return null;
    }

    /** README "CAMEO mapping" for ICEWS: an actor, and a leader the sample names after his term (June 2018). */
    static SkipReason icewsActor(String name, String sectorText, String country) {
        SkipReason kind = icewsActor(name, sectorText);
        if (kind != null) {
            return kind;
        }
        boolean former = country.equals("United States") && (name.equals("Bill Clinton") || name.equals("Barack Obama"))
                || country.equals("United Kingdom") && name.equals("Tony Blair");
        return former ? SkipReason.FORMER_OFFICIAL : null;
    }

    /**
     * README "Reports of one event": the kept ICEWS rows (header left out) whose sentence joins,
     * with one CAMEO root code, every pair of three or more countries; by event id, the meeting's
     * countries by name, alphabetical, as the setting names them.
     */
    static Map<String, String> icewsMultilateral(List<String[]> rows) {
        Map<String, List<String[]>> bySentenceAndCode = new java.util.LinkedHashMap<>();
        for (String[] f : rows) {
            if (icewsRow(f) == null && !f[11].equals("NA") && !f[12].equals("NA")) {
                bySentenceAndCode.computeIfAbsent(f[11] + "/" + f[12] + "/" + f[6].substring(0, 3),
                        k -> new java.util.ArrayList<>()).add(f);
            }
        }
        Map<String, String> meetings = new HashMap<>();
        for (List<String[]> same : bySentenceAndCode.values()) {
            java.util.Set<String> countries = new java.util.TreeSet<>();
            java.util.Set<String> pairs = new java.util.HashSet<>();
            for (String[] f : same) {
                String a = icewsCountry(f[2], f[4]);
                String b = icewsCountry(f[8], f[10]);
                countries.add(a);
                countries.add(b);
                pairs.add(a.compareTo(b) < 0 ? a + b : b + a);
            }
            int n = countries.size();
            if (n >= 3 && pairs.size() == n * (n - 1) / 2) {
                String names = String.join(", ", countries.stream().map(c -> Countries.lookup(c).name()).sorted().toList());
                same.forEach(f -> meetings.put(f[0], names));
            }
        }
        return meetings;
    }

    /** ICEWS files France's president under Andorra (README "CAMEO mapping"). */
    static String icewsCountry(String actor, String country) {
        return actor.equals("Emmanuel Macron") && country.equals("Andorra") ? "FR" : icewsCountry(country);
    }

    static String icewsCountry(String name) {
        if (name.equals("NA")) { // ICEWS's missing value, not Namibia
            return null;
        }
        if (ICEWS_NAMES.containsKey(name)) {
            return ICEWS_NAMES.get(name);
        }
        try {
            return Countries.lookup(name).alpha2();
        } catch (UnknownCountryException e) {
            return null;
        }
    }

    /** Skip reasons of the GDELT 2.0 sample's rows, null counted under {@code null}. */
    static Map<SkipReason, Long> gdelt2() {
        Map<SkipReason, Long> counts = new HashMap<>();
        for (String[] f : rows(Fixtures.gdelt2())) {
            counts.merge(gdeltRow(f), 1L, Long::sum);
        }
        return counts;
    }

    static SkipReason gdeltRow(String[] f) {
        if (f[26].length() < 3 || !CONTACT_CODES.contains(f[26].substring(0, 3))) {
            return SkipReason.NOT_CONTACT_CODE;
        }
        for (int block : new int[] {5, 15}) {
            SkipReason r = gdeltActor(f, block);
            if (r != null) {
                return r;
            }
        }
        Map<String, String> iso = iso3();
        String a = iso.get(f[7]);
        String b = iso.get(f[17]);
        if (a == null || b == null) {
            return SkipReason.UNKNOWN_COUNTRY;
        }
        return a.equals(b) ? SkipReason.SAME_COUNTRY : null;
    }

    /** README "CAMEO mapping" for a GDELT actor block (code, name, country, group, ethnic, religions, types). */
    static SkipReason gdeltActor(String[] f, int block) {
        String code = f[block];
        String name = f[block + 1];
        if (name.startsWith("FORMER ")) {
            return SkipReason.FORMER_OFFICIAL;
        }
        List<String> types = List.of(f[block + 7], f[block + 8], f[block + 9]);
        if (types.contains("IGO") || code.startsWith("IGO")) {
            return SkipReason.INTERNATIONAL_ORGANISATION;
        }
        String first = types.stream().filter(t -> !t.isEmpty()).findFirst().orElse("");
        SkipReason kind = switch (first) {
            case "" -> !f[block + 5].isEmpty() || code.startsWith("REL") ? SkipReason.RELIGIOUS : null;
            case "MED" -> SkipReason.MEDIA;
            case "BUS", "MNC" -> SkipReason.BUSINESS;
            case "NGO", "NGM", "HRI", "ENV", "DEV" -> SkipReason.NGO;
            case "OPP", "REB", "INS", "SEP", "RAD", "UAF", "CRM", "IMG" -> SkipReason.DISSIDENT;
            case "CVL", "EDU", "LAB", "HLH", "AGR", "REF", "SET" -> SkipReason.CIVILIAN;
            default -> null;
        };
        if (kind != null) {
            return kind;
        }
        List<String[]> terms = TERMS.get(name);
        String country = iso3().get(f[block + 2]);
        if (terms != null && country != null && !(name.equals("ALBERT") && !country.equals("MC"))) {
            LocalDate day = LocalDate.parse(f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "-" + f[1].substring(6));
            boolean in = false;
            boolean after = false;
            for (String[] t : terms) {
                after |= !day.isBefore(LocalDate.parse(t[0]));
                in |= !day.isBefore(LocalDate.parse(t[0])) && (t[1] == null || day.isBefore(LocalDate.parse(t[1])));
            }
            if (after && !in) {
                return SkipReason.FORMER_OFFICIAL;
            }
        }
        return null;
    }

    /** Whether a GDELT actor block names a leader of the table above, in office on the row's day. */
    static boolean gdeltLeader(String[] f, int block) {
        String name = f[block + 1];
        List<String[]> terms = TERMS.get(name);
        String country = iso3().get(f[block + 2]);
        if (terms == null || country == null || name.equals("ALBERT") && !country.equals("MC")) {
            return false;
        }
        LocalDate day = LocalDate.parse(f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "-" + f[1].substring(6));
        return terms.stream().anyMatch(t -> !day.isBefore(LocalDate.parse(t[0]))
                && (t[1] == null || day.isBefore(LocalDate.parse(t[1]))));
    }

    private static Map<String, String> iso3;

    /** ISO alpha-3 (and CAMEO's ROM) to alpha-2, from the JDK. */
    static synchronized Map<String, String> iso3() {
        if (iso3 == null) {
            Map<String, String> map = new HashMap<>();
            for (String code : Locale.getISOCountries()) {
                map.put(new Locale("", code).getISO3Country(), code);
            }
            map.put("ROM", "RO");
            iso3 = map;
        }
        return iso3;
    }

    /** The counts as an {@link EnumMap} without the contacts (key null). */
    static Map<SkipReason, Long> skips(Map<SkipReason, Long> counts) {
        Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);
        counts.forEach((k, v) -> {
            if (k != null) {
                skips.put(k, v);
            }
        });
        return skips;
    }
}
