package org.diplotrack.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.diplotrack.model.Codes;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Doubts;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs: the selected pair (or pairs) and the filters. Kept in the
 * user's Java preferences; a value that no longer parses is ignored.
 */
public final class Settings {
    /** Made when first needed: Logback's set-up (≈0.3 s) must not hold up the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(Settings.class);
    }

    private static final String PAIR = "pair";
    private static final String ALL_PAIRS = "all";
    private static final String SEVERAL_PAIRS = "pairs";
    private static final String TEXT = "filter.text";
    private static final String FROM = "filter.from";
    private static final String TO = "filter.to";
    private static final String LEVELS = "filter.levels";
    private static final String STATUSES = "filter.statuses";
    private static final String MODES = "filter.modes";
    private static final String TAG = "filter.tag";
    private static final String COUNTRY = "filter.country";
    private static final String MIN_SOURCES = "filter.minSources";
    private static final String ROOT_ONLY = "filter.rootOnly";
    private static final String DOUBTS = "filter.doubts";
    private static final String PREDECESSORS = "filter.predecessors";
    private static final String DARK = "theme.dark";
    private static final String MERGE_REPORTS = "mergeReports";
    private static final String LANGUAGE = "language";
    private static final String RECENT_SERVERS = "shared.recent";
    /** How many shared databases File › Connect remembers. */
    static final int RECENT_SERVERS_KEPT = 5;

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/diplotrack"));
    }

    /** The pair last shown, or null for all pairs. */
    public Dyad pair() {
        return parse(node.get(PAIR, ""), Dyad::parse);
    }

    /** Several pairs last shown together (Ctrl/Shift-click in the list), or none. */
    public Set<Dyad> pairs() {
        return Arrays.stream(node.get(SEVERAL_PAIRS, "").split(",")).map(code -> parse(code, Dyad::parse))
                .filter(d -> d != null).collect(Collectors.toUnmodifiableSet());
    }

    /** False until a pair (or "all pairs") has been saved once: then the most active pair is shown. */
    public boolean hasPair() {
        return node.get(PAIR, null) != null;
    }

    public ContactFilter filter() {
        PartialDate from = parse(node.get(FROM, ""), PartialDate::parse);
        PartialDate to = parse(node.get(TO, ""), PartialDate::parse);
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            from = null;
            to = null;
        }
        return ContactFilter.ALL
                .withText(node.get(TEXT, ""))
                .withRange(from, to)
                .withLevels(enums(node.get(LEVELS, ""), Level.class, Level::fromCode))
                .withStatuses(enums(node.get(STATUSES, ""), Status.class, Status::fromCode))
                .withModes(enums(node.get(MODES, ""), Mode.class, Mode::fromCode))
                .withTag(node.get(TAG, ""))
                .withCountry(parse(node.get(COUNTRY, ""), org.diplotrack.model.Countries::lookup))
                .withMinSources(node.getInt(MIN_SOURCES, 0))
                .withRootOnly(node.getBoolean(ROOT_ONLY, false))
                .withDoubts(Codes.find(Doubts.values(), Doubts::code, node.get(DOUBTS, "")).orElse(Doubts.ANY))
                .withPredecessors(node.getBoolean(PREDECESSORS, false));
    }

    public void save(Dyad pair, Set<Dyad> severalPairs, ContactFilter filter) {
        node.put(PAIR, pair == null ? ALL_PAIRS : pair.code());
        node.put(SEVERAL_PAIRS, severalPairs.stream().map(Dyad::code).sorted().collect(Collectors.joining(",")));
        node.put(TEXT, orEmpty(filter.text()));
        node.put(FROM, filter.from() == null ? "" : filter.from().toString());
        node.put(TO, filter.to() == null ? "" : filter.to().toString());
        node.put(LEVELS, filter.levels().stream().map(Level::code).sorted().collect(Collectors.joining(",")));
        node.put(STATUSES, filter.statuses().stream().map(Status::code).sorted().collect(Collectors.joining(",")));
        node.put(MODES, filter.modes().stream().map(Mode::code).sorted().collect(Collectors.joining(",")));
        node.put(TAG, orEmpty(filter.tag()));
        node.put(COUNTRY, filter.country() == null ? "" : filter.country().alpha2());
        node.putBoolean(PREDECESSORS, filter.withPredecessors());
        node.putInt(MIN_SOURCES, filter.minSources());
        node.putBoolean(ROOT_ONLY, filter.rootOnly());
        node.put(DOUBTS, filter.doubts().code());
        keep("the pair and filters");
    }

    /** A child node for a feature's own choices (the export dialog's, for one). */
    public java.util.prefs.Preferences node(String child) {
        return node.node(child);
    }

    /** File › Merge event reports: whether an import of GDELT or ICEWS rows merges the reports of one event. */
    public boolean mergeReports() {
        return node.getBoolean(MERGE_REPORTS, true); // the rule passed its check by hand (data-quality.md)
    }

    public void saveMergeReports(boolean merge) {
        node.putBoolean(MERGE_REPORTS, merge);
        keep("the import's merging of reports");
    }

    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    public void saveDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        keep("the theme");
    }

    /** The language chosen in View › Language, or null when none was (the system's is used). */
    public Locale language() {
        return Localization.fromTag(node.get(LANGUAGE, ""));
    }

    public void saveLanguage(Locale language) {
        node.put(LANGUAGE, language.toLanguageTag());
        keep("the language");
    }

    /**
     * Writes the preferences out. They are a convenience: failing to keep them must not disturb
     * the user's work, only leave a line in the log.
     */
    /** The shared databases connected to lately, newest first, without their passwords. */
    public List<ServerAddress> recentServers() {
        List<ServerAddress> recent = new ArrayList<>();
        for (String line : node.get(RECENT_SERVERS, "").split("\n")) {
            if (!line.isBlank()) {
                try {
                    recent.add(ServerAddress.parse(line));
                } catch (IllegalArgumentException e) {
                    log().warn("A remembered shared database is left out: {}", e.getMessage());
                }
            }
        }
        return recent;
    }

    /** Puts {@code server} first among the recent ones; its password is never written. */
    public void rememberServer(ServerAddress server) {
        List<String> kept = new ArrayList<>();
        kept.add(server.withPassword(null).toString());
        recentServers().stream().map(ServerAddress::toString).filter(a -> !a.equals(kept.get(0)))
                .limit(RECENT_SERVERS_KEPT - 1).forEach(kept::add);
        node.put(RECENT_SERVERS, String.join("\n", kept));
        keep("the recent shared databases");
    }

    private void keep(String what) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            log().warn("Cannot keep {} for the next run", what, e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(String text, Class<E> type, Function<String, E> parser) {
        Set<E> result = EnumSet.noneOf(type);
        Arrays.stream(text.split(",")).map(s -> parse(s, parser)).filter(e -> e != null).forEach(result::add);
        return result;
    }
}
