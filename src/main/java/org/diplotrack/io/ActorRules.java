package org.diplotrack.io;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an event row's actor is its state (documented in the README, "CAMEO mapping", and
 * decision 0023). A contact is between states; event data also codes officials of international
 * organisations (with their nationality as country), news media, companies, NGOs, rebels,
 * clergy, citizens and former officials. Such a side makes the row skipped, under the reason
 * that says what the actor is; null means the actor stands for its state.
 */
final class ActorRules {
    /** "Former Prime Minister", "ex-president": someone who no longer holds the office. */
    private static final Pattern FORMER = Pattern.compile("^(?:the )?(?:former|ex)\\b[ -]?", Pattern.CASE_INSENSITIVE);

    // ICEWS sectors, by what they say of the actor.
    private static final Set<String> STATE_SECTORS = Set.of("Government", "Executive", LevelRules.EXECUTIVE_OFFICE,
            "Cabinet", "Legislative / Parliamentary", "Upper House", "Lower House", "Unicameral", "Military", "Army",
            "Navy", "Air Force", "Marines", "Coast Guard", "Military Intelligence", "Police", "Judicial",
            "Provincial Court", "Local", "Provincial", "Municipal");
    private static final Set<String> MEDIA_SECTORS = Set.of("Media", "News", "Print News", "Television News",
            "State Media");
    private static final Set<String> DISSIDENT_SECTORS = Set.of("Dissident", "International Dissident", "Insurgents",
            "International Insurgents", "Rebel", "Separatists", "Protestors / Popular Opposition / Mobs",
            "Radicals / Extremists / Fundamentalists", "International Radicals / Extremists / Fundamentalists",
            "Fundamentalist", "Organized Violent", "Criminals / Gangs", "Unidentified Forces");
    private static final Set<String> RELIGIOUS_SECTORS = Set.of("International Religious", "National Religious",
            "Religious Minority", "Catholic", "Christian", "Protestant", "Orthodox", "Muslim", "Sunni", "Shia",
            "Jews", "Jewish", "Hindu", "Buddhist", "Shinto", "Sikh");
    private static final Set<String> CIVILIAN_SECTORS = Set.of("General Population / Civilian / Social", "Social",
            "Education", "Labor", "Legal", "Medical / Health", "Agricultural", "Refugees / Displaced",
            "Entertainment", "Television Entertainment");

    // CAMEO actor role codes (GDELT's type codes), by what they say of the actor.
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PTY",
            "UIS");
    private static final Set<String> DISSIDENT_ROLES = Set.of("OPP", "REB", "INS", "SEP", "RAD", "UAF", "CRM", "IMG");
    private static final Set<String> NGO_ROLES = Set.of("NGO", "NGM", "HRI", "ENV", "DEV");
    private static final Set<String> CIVILIAN_ROLES = Set.of("CVL", "EDU", "LAB", "HLH", "AGR", "REF", "SET");

    private ActorRules() {
    }

    /** A name that opens with "former" or "ex-": the person no longer holds the office. */
    static boolean isFormer(String name) {
        return name != null && FORMER.matcher(name.trim()).find();
    }

    /**
     * ICEWS, first rule that applies: a name opening with "Former" is a former official;
     * {@code Executive Office} is the state (heads who also carry an organisation's or a
     * business's sector stay theirs: Nazarbayev, Ouattara, Poroshenko); an international
     * organisation's sector (International Government Organization, any "… IGOs") is the
     * organisation (Mogherini, Guterres, the EU); {@code State Media} is the media even in
     * government (Al Jazeera, KCNA); any government sector (Government, Executive, Cabinet, a
     * ministry, legislature, military, police, judiciary, local government) or a party or
     * elite sector is the state; otherwise the first of media, business, NGO, opposition or
     * armed group, religious, citizens and civilians that the sectors name; else the state
     * (a country such as "North Korea" has no sectors).
     */
    static SkipReason icews(String name, String sectorText) {
        if (isFormer(name)) {
            return SkipReason.FORMER_OFFICIAL;
        }
        Set<String> sectors = LevelRules.sectors(sectorText);
        if (sectors.isEmpty() || sectors.contains(LevelRules.EXECUTIVE_OFFICE)) {
            return null;
        }
        if (sectors.stream().anyMatch(s -> s.equals("International Government Organization") || s.endsWith(" IGOs"))) {
            return SkipReason.INTERNATIONAL_ORGANISATION;
        }
        if (sectors.contains("State Media")) {
            return SkipReason.MEDIA;
        }
        if (sectors.stream().anyMatch(s -> STATE_SECTORS.contains(s) || s.endsWith(" Ministry"))) {
            return null;
        }
        if (sectors.stream().anyMatch(s -> s.equals("Parties") || s.equals("Elite") || s.contains(" Party"))) {
            return null;
        }
        if (sectors.stream().anyMatch(MEDIA_SECTORS::contains)) {
            return SkipReason.MEDIA;
        }
        if (sectors.stream().anyMatch(s -> s.equals("Business") || s.endsWith(" Business")
                || s.equals("Multinational Corporation") || s.equals("State Owned Enterprises")
                || s.startsWith("State-Owned "))) {
            return SkipReason.BUSINESS;
        }
        if (sectors.stream().anyMatch(s -> s.startsWith("Nongovernmental") || s.endsWith(" NGOs"))) {
            return SkipReason.NGO;
        }
        if (sectors.stream().anyMatch(DISSIDENT_SECTORS::contains)) {
            return SkipReason.DISSIDENT;
        }
        if (sectors.stream().anyMatch(RELIGIOUS_SECTORS::contains)) {
            return SkipReason.RELIGIOUS;
        }
        if (sectors.stream().anyMatch(s -> CIVILIAN_SECTORS.contains(s) || s.contains("Ethnic"))) {
            return SkipReason.CIVILIAN;
        }
        return null;
    }

    /**
     * GDELT, first rule that applies: a name opening with "FORMER" is a former official; the role
     * {@code IGO} (in the types or opening the actor code: "IGOUNODEVWBK", the World Bank) is an
     * international organisation; otherwise the actor's first role decides (CAMEO puts the main
     * one first: "GOVMED" is a government's media, "MNCUSAMED" a company): GOV, MIL, COP, JUD,
     * LEG, SPY, ELI, PTY are the state; MED media; BUS, MNC business; NGO, NGM and the movements
     * HRI, ENV, DEV an NGO; OPP, REB, INS, SEP, RAD, UAF, CRM, IMG an opposition or armed group;
     * CVL, EDU, LAB, HLH, AGR, REF, SET citizens and civilians. Without a role, a religion
     * (Religion1Code, or the code "REL": clergy) is religious; a bare country is the state.
     *
     * @param types the actor's Type1Code, Type2Code and Type3Code (blank when absent)
     */
    static SkipReason gdelt(String code, String name, String religion, String... types) {
        if (isFormer(name)) {
            return SkipReason.FORMER_OFFICIAL;
        }
        String actor = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        String first = null;
        for (String t : types) {
            String type = t == null ? "" : t.trim().toUpperCase(Locale.ROOT);
            if (type.equals("IGO")) {
                return SkipReason.INTERNATIONAL_ORGANISATION;
            }
            if (first == null && !type.isEmpty()) {
                first = type;
            }
        }
        if (actor.startsWith("IGO")) {
            return SkipReason.INTERNATIONAL_ORGANISATION;
        }
        if (first == null) {
            boolean religious = (religion != null && !religion.isBlank()) || actor.startsWith("REL");
            return religious ? SkipReason.RELIGIOUS : null;
        }
        if (STATE_ROLES.contains(first)) {
            return null;
        }
        if (first.equals("MED")) {
            return SkipReason.MEDIA;
        }
        if (first.equals("BUS") || first.equals("MNC")) {
            return SkipReason.BUSINESS;
        }
        if (NGO_ROLES.contains(first)) {
            return SkipReason.NGO;
        }
        if (DISSIDENT_ROLES.contains(first)) {
            return SkipReason.DISSIDENT;
        }
        if (CIVILIAN_ROLES.contains(first)) {
            return SkipReason.CIVILIAN;
        }
        return null;
    }
}
