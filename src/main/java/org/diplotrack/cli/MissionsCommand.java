package org.diplotrack.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diplotrack.io.MissionCsv;
import org.diplotrack.io.MissionJson;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Missions;
import org.diplotrack.model.RepresentationTimeline;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code missions [--dyad US-RU] [--as-of D] [--search WORDS] [--format table|json|csv]}: a pair's
 * missions in both directions (every mission without {@code --dyad}); with {@code --as-of}, who
 * headed each side's mission that day, at what rank, since when (by {@link Missions#inPost}'s
 * rules); with {@code --search}, the missions whose head, title, notes or countries match.
 */
@Command(name = "missions", mixinStandardHelpOptions = true)
final class MissionsCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dyad", paramLabel = "PAIR", converter = Converters.DyadConverter.class)
    private Dyad dyad;

    @Option(names = "--with-predecessors", descriptionKey = "cli.filter.withPredecessors")
    private boolean withPredecessors;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.DayConverter.class)
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private Format format;

    @Option(names = "--search", paramLabel = "WORDS")
    private String search;

    @Override
    public Integer call() {
        List<Mission> missions;
        try (Database db = root.openDatabase()) {
            if (search != null) {
                Set<Dyad> pairs = dyad == null ? Set.of() : Countries.pairsOf(dyad, withPredecessors);
                missions = db.missions().search(search).stream()
                        .filter(m -> dyad == null || pairs.contains(m.dyad())).toList();
            } else if (dyad != null) {
                missions = db.missions().forPair(dyad, withPredecessors);
            } else {
                missions = asOf == null ? db.missions().all() : db.missions().inPost(asOf);
            }
        }
        List<Mission> shown = missions;
        if (asOf != null && dyad != null) {
            shown = new ArrayList<>();
            for (RepresentationTimeline side : Missions.timelines(missions, dyad)) {
                side.at(asOf).map(RepresentationTimeline.Interval::mission).ifPresent(shown::add);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> new MissionJson().write(shown, out);
            case csv -> new MissionCsv().write(shown, out);
            case table -> {
                if (asOf != null && dyad != null) {
                    printSides(missions, out);
                } else if (asOf != null) {
                    printInPost(shown, out);
                } else {
                    printList(shown, out);
                }
            }
        }
        out.flush();
        return 0;
    }

    /** One line a side: who was in post on the day, or since when no one was. */
    private void printSides(List<Mission> missions, PrintWriter out) {
        out.println(Localization.text("cli.summary.heading", dyad.label(), dyad.code(), asOf.toString()));
        for (RepresentationTimeline timeline : Missions.timelines(missions, dyad)) {
            String sides = Localization.text("cli.missions.side", timeline.sending().label(),
                    timeline.receiving().label());
            if (timeline.intervals().isEmpty()) {
                out.println(Localization.text("cli.missions.none", sides));
                continue;
            }
            RepresentationTimeline.Interval at = timeline.at(asOf).orElse(null);
            if (at == null) {
                out.println(Localization.text("cli.missions.notYet", sides, timeline.intervals().get(0).first().toString()));
            } else if (at.gap()) {
                out.println(Localization.text("cli.missions.vacant", sides, at.first().toString()));
            } else {
                Mission m = at.mission();
                // With predecessors the head may be the Soviet Union's: the line names the mission's own states.
                sides = Localization.text("cli.missions.side", m.sending().label(), m.receiving().label());
                out.println(m.head() == null
                        ? Localization.text("cli.missions.inPostUnnamed", sides, rank(m), m.from().toString())
                        : Localization.text("cli.missions.inPost", sides, rank(m), m.head(), m.from().toString()));
            }
        }
    }

    /** The rank in words; for a head without diplomatic rank, the title the source gives, if any. */
    private static String rank(Mission m) {
        return m.rank() == MissionRank.NONE && m.title() != null ? m.title() : m.rank().label();
    }

    private static void printInPost(List<Mission> missions, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header("side", "rank", "head", "from"));
        for (Mission m : missions) {
            rows.add(new String[] {side(m), rank(m), text(m.head()), m.from().toString()});
        }
        table(rows, out);
        out.println(Localization.text("cli.missions.count", missions.size()));
    }

    private static void printList(List<Mission> missions, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header("id", "from", "to", "side", "rank", "head", "end"));
        for (Mission m : missions) {
            rows.add(new String[] {String.valueOf(m.id()), m.from().toString(), m.to() == null ? "" : m.to().toString(),
                    side(m), rank(m), text(m.head()), m.end() == null ? "" : m.end().label()});
        }
        table(rows, out);
        out.println(Localization.text("cli.missions.count", missions.size()));
    }

    /** "US→RU" */
    private static String side(Mission m) {
        return m.sending().alpha2() + "→" + m.receiving().alpha2();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The column names: "cli.missions.column.id", "cli.missions.column.from", … */
    private static String[] header(String... columns) {
        String[] names = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            names[i] = Localization.text("cli.missions.column." + columns[i]);
        }
        return names;
    }

    private static final int MAX_CELL = 48;

    /** Left-aligned columns two spaces apart, long cells cut with an ellipsis. */
    private static void table(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String clean = row[i].replaceAll("\\p{Cntrl}", " ");
                row[i] = clean.length() <= MAX_CELL ? clean : clean.substring(0, MAX_CELL - 1) + "…";
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
