package org.diplotrack.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplotrack.io.DataImport;
import org.diplotrack.io.ImportFormat;
import org.diplotrack.io.ImportProgress;
import org.diplotrack.io.ImportReport;
import org.diplotrack.io.ProgressRate;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE|FOLDER}: imports a file (or a folder of the Office of the Historian's chiefs of
 * mission) in one transaction and prints a report that accounts for every row; progress goes to
 * stderr. Contacts go to the contacts, missions to the missions.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = Converters.ImportFormatConverter.class)
    private ImportFormat format;

    @Option(names = "--strict")
    private boolean strict;

    /**
     * "events" (the default, checked by hand in data-quality.md) merges the reports of one event
     * into one contact; "none" keeps a contact per row.
     */
    @Option(names = "--merge", paramLabel = "events|none", defaultValue = "events",
            converter = MergeConverter.class)
    private Merge merge;

    enum Merge { EVENTS, NONE }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new IllegalArgumentException(Localization.text("cli.import.noSuchFile", file));
        }
        PrintWriter err = spec.commandLine().getErr();
        StderrProgress progress = new StderrProgress(err);
        ImportReport report;
        try (Database db = root.openDatabase()) {
            report = new DataImport().run(file, format, strict, progress, () -> false,
                    contacts -> db.contacts().importAll(contacts, merge == Merge.EVENTS, () -> false),
                    missions -> db.missions().importAll(missions, () -> false));
        } finally {
            progress.end();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.toText());
        out.flush();
        return 0;
    }

    /** {@code --merge events|none}. */
    static final class MergeConverter implements picocli.CommandLine.ITypeConverter<Merge> {
        @Override
        public Merge convert(String value) {
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "events" -> Merge.EVENTS;
                case "none" -> Merge.NONE;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        Localization.text("cli.import.merge.bad", value));
            };
        }
    }

    /** One line on stderr, rewritten at most twice a second, and only once the import takes a while. */
    private static final class StderrProgress implements ImportProgress {
        private static final long EVERY = 500_000_000L;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start;
        private boolean shown;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long rows, long bytesDone, long totalBytes) {
            long now = System.nanoTime();
            if (now - last >= EVERY) {
                last = now;
                shown = true;
                err.print("\r" + Localization.text("cli.import.progress", ProgressRate.of(start, now, rows, bytesDone, totalBytes)
                        .label()) + "   ");
                err.flush();
            }
        }

        void end() {
            if (shown) {
                err.println();
                err.flush();
            }
        }
    }
}
