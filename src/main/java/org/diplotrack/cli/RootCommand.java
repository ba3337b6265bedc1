package org.diplotrack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Failures;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.DataLocation;
import org.diplotrack.store.Database;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diplotrack [--db FILE] [COMMAND]}: with a command, runs it without a display; without
 * one, hands over to the GUI.
 */
@Command(name = "diplotrack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A local record of bilateral diplomatic contacts. Without a command, opens the window.",
        subcommands = {ListCommand.class, SummaryCommand.class, ChartCommand.class, ImportCommand.class,
                ExportCommand.class, CheckCommand.class, BackupCommand.class, RestoreCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: ${DEFAULT-VALUE}). Created and seeded when new.")
    Path database = DataLocation.defaultDatabase();

    @Option(names = "--exit-after-first-frame", hidden = true,
            description = "Open the window, print first-frame-ms=N after the first frame painted with the record, and exit.")
    boolean exitAfterFirstFrame;

    private boolean languageGiven;

    /** Applied as soon as it is parsed, so that what follows speaks it. */
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages and of the window: en, fr or ru (default: from LANG, or the window's choice).")
    void language(String tag) {
        Locale language = Localization.fromTag(tag);
        if (language == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--lang: not one of DiploTrack's languages (en, fr, ru): " + tag);
        }
        Localization.use(language);
        languageGiven = true;
    }

    /** What "today" is for commands that need it; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    private final ToIntFunction<WindowStart> gui;

    /** @param gui opens the window on a database file and returns the exit code when it closes */
    public RootCommand(ToIntFunction<WindowStart> gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.applyAsInt(new WindowStart(database, exitAfterFirstFrame, languageGiven));
    }

    Database openDatabase() {
        return Database.open(database, SeedData::contacts);
    }

    /** A command line with one-line errors on stderr and exit codes: 0 ok, 1 failure, 2 bad usage. */
    public static CommandLine commandLine(ToIntFunction<WindowStart> gui) {
        CommandLine cl = new CommandLine(new RootCommand(gui));
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(qualifiedName(e.getCommandLine()) + ": " + e.getMessage());
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // The logger is made here, not at class load: a command that works pays nothing for it.
            LoggerFactory.getLogger(RootCommand.class).error("{} failed", qualifiedName(commandLine), e);
            commandLine.getErr().println(qualifiedName(commandLine) + ": " + Failures.message(e));
            return 1;
        });
        return cl;
    }

    /** "diplotrack list" */
    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }
}
