package org.diplotrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.Contact;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export FILE}: writes the contacts that match the filters in the native CSV or JSON format. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT")
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
        spec.commandLine().getOut().println(Localization.text("cli.export.done", n, file, chosen.name()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private long write(Consumer<Consumer<Contact>> contacts, Format chosen) {
        try {
            return ContactFiles.write(contacts, file, chosen == Format.json);
        } catch (IOException e) {
            throw new UncheckedIOException(Localization.text("cli.cannotWrite", file.toAbsolutePath(), e.getMessage()), e);
        }
    }
}
