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
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
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

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.DayConverter.class)
    private LocalDate asOf;

    @Option(names = "--window-months", paramLabel = "N", defaultValue = "12", converter = Converters.MonthsConverter.class)
    private int windowMonths;

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now(root.clock);
        List<Contact> contacts;
        try (Database db = root.openDatabase()) {
            contacts = db.contacts().find(ContactFilter.forDyad(dyad));
        }
        print(DyadSummary.of(dyad, contacts, day, windowMonths), spec.commandLine().getOut());
        return 0;
    }

    private static void print(DyadSummary summary, PrintWriter out) {
        out.println(summary.dyad().label() + " (" + summary.dyad().code() + "), as of " + summary.asOf());
        out.println(summary.sentence());
        out.println();
        out.println("Contact ceiling (" + summary.windowMonths() + "-month window): " + ceiling(summary));
        out.println();

        List<String[]> lastHeld = new ArrayList<>();
        lastHeld.add(new String[] {"LEVEL", "LAST HELD", "AGO"});
        for (int rank = 5; rank >= 0; rank--) {
            int r = rank;
            summary.lastHeldAt(rank).ifPresentOrElse(
                    l -> lastHeld.add(new String[] {rankLabel(r), period(l.contact()),
                            ago(l.contact().lastDate().lastDay(), summary.asOf())}),
                    () -> {
                        if (r > 0) {
                            lastHeld.add(new String[] {rankLabel(r), "none on record", ""});
                        }
                    });
        }
        table(lastHeld, out);
        out.println();

        if (summary.openOffers().isEmpty()) {
            out.println("Open offers: none");
        } else {
            out.println("Open offers:");
            new ContactTable().print(summary.openOffers(), out);
        }
        out.println();

        if (summary.countsByRank().isEmpty()) {
            out.println("Contacts: none on record");
        } else {
            List<String[]> byRank = new ArrayList<>();
            byRank.add(new String[] {"LEVEL", "CONTACTS"});
            summary.countsByRank().forEach((rank, n) -> byRank.add(new String[] {rankLabel(rank), n.toString()}));
            table(byRank, out);
            out.println();
            List<String[]> byMode = new ArrayList<>();
            byMode.add(new String[] {"MODE", "CONTACTS"});
            for (Map.Entry<Mode, Integer> e : summary.countsByMode().entrySet()) {
                byMode.add(new String[] {e.getKey().label(), e.getValue().toString()});
            }
            table(byMode, out);
        }
        out.flush();
    }

    /** "ambassador since 2022-01-29", "none since 2023-01-30", "none (no held contact on record)" */
    private static String ceiling(DyadSummary summary) {
        String level = summary.ceiling().map(Level::label).orElse("none");
        return summary.ceilingSince().map(since -> level + " since " + since)
                .orElse(level + " (no held contact on record)");
    }

    /** "head of state/government", "minister", …, "unknown" */
    static String rankLabel(int rank) {
        return rank == 5 ? "head of state/government"
                : Arrays.stream(Level.values()).filter(l -> l.rank() == rank).findFirst().orElseThrow().label();
    }

    /** "2022-01-29", "~2021", "2019-03-11 to 2019-03-13" */
    private static String period(Contact c) {
        return (c.approximate() ? "~" : "") + c.date() + (c.endDate() == null ? "" : " to " + c.endDate());
    }

    /**
     * How long before {@code asOf} a contact ended, in years and months, or days under a month:
     * "4 years 9 months ago", "1 year ago", "3 days ago", "today"; "ongoing" when its period
     * (for a partial date, the whole month or year) has not ended by {@code asOf}.
     */
    static String ago(LocalDate lastDay, LocalDate asOf) {
        if (lastDay.isAfter(asOf)) {
            return "ongoing";
        }
        Period p = Period.between(lastDay, asOf);
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return p.getDays() == 0 ? "today" : count(p.getDays(), "day") + " ago";
        }
        String years = p.getYears() == 0 ? "" : count(p.getYears(), "year");
        String months = p.getMonths() == 0 ? "" : count(p.getMonths(), "month");
        return (years + " " + months).trim() + " ago";
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
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
