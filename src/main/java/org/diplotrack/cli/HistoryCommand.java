package org.diplotrack.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.FieldChange;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history}: who changed what and when, newest first, with each field before and after. */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    /** A change's fields stand under it (a properties file drops a value's leading spaces). */
    private static final String INDENT = "    ";
    /** No value before or after: a dash, as the tables print it. */
    private static final String NONE = "\u2014";

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--contact", paramLabel = "ID")
    private long contact;

    @Option(names = "--user", paramLabel = "U")
    private String user;

    @Option(names = "--since", paramLabel = "DATE", converter = Converters.DayConverter.class)
    private LocalDate since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
    private int limit;

    @Override
    public Integer call() {
        ChangeFilter filter = new ChangeFilter(contact, user,
                since == null ? null : since.atStartOfDay(root.clock.getZone()).toInstant(), limit);
        List<Change> changes;
        try (Database db = root.openDatabase()) {
            changes = db.contacts().history(filter);
        }
        print(changes, spec.commandLine().getOut());
        return 0;
    }

    private static void print(List<Change> changes, PrintWriter out) {
        for (Change c : changes) {
            out.println(Localization.text("cli.history.change", c.seq(), DisplayFormats.moment(c.at()), c.who(),
                    c.kind().label(), c.contactId()));
            for (FieldChange f : c.fields()) {
                String before = oneLine(f.shown(f.before(), NONE));
                String after = oneLine(f.shown(f.after(), NONE));
                out.println(INDENT + Localization.text("cli.history.field", f.label(), before, after));
            }
        }
        out.println(Localization.text("cli.history.count", changes.size()));
    }

    /** A value on one line: participants and sources are one per line in the record. */
    private static String oneLine(String value) {
        return value.replace("\n", "; ");
    }
}
