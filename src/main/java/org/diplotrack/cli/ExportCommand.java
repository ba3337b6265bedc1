package org.diplotrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplotrack.io.ContactCsvWriter;
import org.diplotrack.io.NativeJsonWriter;
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
        List<Contact> contacts;
        try (Database db = root.openDatabase()) {
            contacts = db.contacts().find(filters.filter());
        }
        Format chosen = format != null ? format
                : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Format.json : Format.csv;
        write(contacts, chosen);
        spec.commandLine().getOut().println("Exported " + contacts.size() + (contacts.size() == 1 ? " contact" : " contacts")
                + " to " + file + " (" + chosen + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Writes beside the target and then moves it in place, so a failure never leaves half a file. */
    private void write(List<Contact> contacts, Format chosen) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    if (chosen == Format.json) {
                        new NativeJsonWriter().write(contacts, w);
                    } else {
                        new ContactCsvWriter().write(contacts, w);
                    }
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
