package org.diplotrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export FILE}: writes the contacts that match the filters in the native CSV or JSON format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes contacts to a file in the native CSV or JSON format, which import reads back.")
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv or json (default: json for a .json file, else csv).")
    private Format format;

    @Mixin
    private FilterOptions filters;

    @Override
    public Integer call() {
        Format chosen = format != null ? format : ContactFiles.isJson(file) ? Format.json : Format.csv;
        long n;
        try (Database db = root.openDatabase()) {
            n = write(sink -> db.contacts().forEach(filters.filter(), sink), chosen);
        }
        spec.commandLine().getOut().println("Exported " + n + (n == 1 ? " contact" : " contacts")
                + " to " + file + " (" + chosen + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private long write(Consumer<Consumer<Contact>> contacts, Format chosen) {
        try {
            return ContactFiles.write(contacts, file, chosen == Format.json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
