package org.diplotrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diplotrack.io.ContactCsvWriter;
import org.diplotrack.io.NativeJsonWriter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: prints the contacts that match the filters as a table, CSV or native JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Prints contacts.")
final class ListCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dyad", paramLabel = "PAIR", converter = Converters.DyadConverter.class,
            description = "Country pair, e.g. CA-RU (ISO alpha-2 or alpha-3 codes).")
    private Dyad dyad;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "Contacts on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    private PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "Contacts on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    private PartialDate to;

    @Option(names = "--level", split = ",", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "Contact levels: head-of-state, head-of-government, minister, deputy-minister, "
                    + "ambassador, official, unknown.")
    private List<Level> levels = new ArrayList<>();

    @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = Converters.StatusConverter.class,
            description = "Statuses: held, scheduled, invited, proposed, declined, cancelled.")
    private List<Status> statuses = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        ContactFilter filter = ContactFilter.ALL.withDyad(dyad).withRange(from, to).withLevels(Set.copyOf(levels))
                .withStatuses(Set.copyOf(statuses));
        List<Contact> contacts;
        try (Database db = root.openDatabase()) {
            contacts = db.contacts().find(filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> new ContactCsvWriter().write(contacts, out);
            case json -> new NativeJsonWriter().write(contacts, out);
            case table -> new ContactTable().print(contacts, out);
        }
        out.flush();
        return 0;
    }
}
