package org.diplotrack.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.model.Mission;
import org.diplotrack.model.Representation;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code summary}: at what level a pair still talks and since when — the one-sentence answer,
 * the contact ceiling, the last held contact at each level, open offers and counts.
 */
@Command(name = "summary", mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dyad", required = true, paramLabel = "PAIR", descriptionKey = "cli.filter.dyad", converter = Converters.DyadConverter.class)
    private Dyad dyad;

    @Option(names = "--with-predecessors", descriptionKey = "cli.filter.withPredecessors")
    private boolean withPredecessors;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.DayConverter.class)
    private LocalDate asOf;

    @Option(names = "--window-months", paramLabel = "N", defaultValue = "12", converter = Converters.MonthsConverter.class)
    private int windowMonths;

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now(root.clock);
        List<Contact> contacts;
        List<Mission> missions;
        try (Database db = root.openDatabase()) {
            contacts = db.contacts().find(ContactFilter.forDyad(dyad).withPredecessors(withPredecessors));
            missions = db.missions().forPair(dyad, withPredecessors);
        }
        print(DyadSummary.of(dyad, withPredecessors, contacts, day, windowMonths), Representation.of(missions, dyad, day),
                spec.commandLine().getOut());
        return 0;
    }

    private static void print(DyadSummary summary, List<Representation> representation, PrintWriter out) {
        out.println(Localization.text("cli.summary.heading", summary.dyad().label(), summary.dyad().code(),
                summary.asOf().toString()));
        out.println(summary.sentence());
        String heads = Representation.sentence(representation);
        if (!heads.isEmpty()) {
            out.println(heads);
        }
        out.println();
        out.println(Localization.text("cli.summary.ceiling", summary.windowMonths(), ceiling(summary)));
        out.println();

        List<String[]> lastHeld = new ArrayList<>();
        lastHeld.add(new String[] {Localization.text("cli.table.level"), Localization.text("cli.summary.lastHeld"),
                Localization.text("cli.summary.ago")});
        for (int rank = 5; rank >= 0; rank--) {
            int r = rank;
            summary.lastHeldAt(rank).ifPresentOrElse(
                    l -> lastHeld.add(new String[] {rankLabel(r), period(l.contact()),
                            ago(l.contact().lastDate().lastDay(), summary.asOf())}),
                    () -> {
                        if (r > 0) {
                            lastHeld.add(new String[] {rankLabel(r), Localization.text("cli.summary.noneOnRecord"), ""});
                        }
                    });
        }
        table(lastHeld, out);
        out.println();

        if (summary.openOffers().isEmpty()) {
            out.println(Localization.text("cli.summary.noOpenOffers"));
        } else {
            out.println(Localization.text("cli.summary.openOffers"));
            new ContactTable().print(summary.openOffers(), out);
        }
        out.println();

        if (summary.countsByRank().isEmpty()) {
            out.println(Localization.text("cli.summary.noContacts"));
        } else {
            List<String[]> byRank = new ArrayList<>();
            byRank.add(new String[] {Localization.text("cli.table.level"), Localization.text("cli.summary.contacts")});
            summary.countsByRank().forEach((rank, n) -> byRank.add(new String[] {rankLabel(rank), n.toString()}));
            table(byRank, out);
            out.println();
            List<String[]> byMode = new ArrayList<>();
            byMode.add(new String[] {Localization.text("cli.table.mode"), Localization.text("cli.summary.contacts")});
            for (Map.Entry<Mode, Integer> e : summary.countsByMode().entrySet()) {
                byMode.add(new String[] {e.getKey().label(), e.getValue().toString()});
            }
            table(byMode, out);
        }
        out.flush();
    }

    /** "ambassador since 2022-01-29", "none since 2023-01-30", "none (no held contact on record)" */
    private static String ceiling(DyadSummary summary) {
        String level = summary.ceiling().map(Level::label).orElse(Localization.text("cli.summary.none"));
        return summary.ceilingSince().map(since -> Localization.text("cli.summary.since", level, since.toString()))
                .orElse(Localization.text("cli.summary.noneHeld", level));
    }

    /** "head of state/government", "minister", …, "unknown" */
    static String rankLabel(int rank) {
        return rank == 5 ? Localization.text("cli.summary.rank5")
                : Arrays.stream(Level.values()).filter(l -> l.rank() == rank).findFirst().orElseThrow().label();
    }

    /** "2022-01-29", "~2021", "2019-03-11 to 2019-03-13" */
    private static String period(Contact c) {
        String from = (c.approximate() ? "~" : "") + c.date();
        return c.endDate() == null ? from : Localization.text("cli.summary.period", from, c.endDate().toString());
    }

    /**
     * How long before {@code asOf} a contact ended, in years and months, or days under a month:
     * "4 years 9 months ago", "1 year ago", "3 days ago", "today"; "ongoing" when its period
     * (for a partial date, the whole month or year) has not ended by {@code asOf}.
     */
    static String ago(LocalDate lastDay, LocalDate asOf) {
        if (lastDay.isAfter(asOf)) {
            return Localization.text("cli.summary.ongoing");
        }
        Period p = Period.between(lastDay, asOf);
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() == 0 ? Localization.text("cli.summary.today")
                    : Localization.text("cli.summary.daysAgo", p.getDays());
        }
        if (p.getMonths() == 0) {
            return Localization.text("cli.summary.yearsAgo", p.getYears());
        }
        return p.getYears() == 0 ? Localization.text("cli.summary.monthsAgo", p.getMonths())
                : Localization.text("cli.summary.yearsMonthsAgo", p.getYears(), p.getMonths());
    }

    /** Left-aligned columns two spaces apart. */
    private static void table(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
