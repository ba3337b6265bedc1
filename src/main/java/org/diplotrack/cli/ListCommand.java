package org.diplotrack.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.io.ContactCsvWriter;
import org.diplotrack.io.NativeJsonWriter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: prints the contacts that match the filters as a table, CSV or native JSON. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private Format format;

    @Override
    public Integer call() {
        ContactFilter filter = filters.filter();
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
