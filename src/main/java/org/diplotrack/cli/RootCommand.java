package org.diplotrack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Failures;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.DataLocation;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diplotrack [--db FILE|URL] [COMMAND]}: with a command, runs it without a display; without
 * one, hands over to the GUI.
 */
@Command(name = "diplotrack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ListCommand.class, SummaryCommand.class, ChartCommand.class, ImportCommand.class,
                ExportCommand.class, ExtractCommand.class, CheckCommand.class, BackupCommand.class,
                RestoreCommand.class, MissionsCommand.class, HistoryCommand.class, CopyCommand.class,
                SharedCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE|URL", converter = Converters.RecordLocationConverter.class)
    RecordLocation database = RecordLocation.of(DataLocation.defaultDatabase());

    @Option(names = "--exit-after-first-frame", hidden = true,
            description = "Open the window, print first-frame-ms=N after the first frame painted with the record, and exit.")
    boolean exitAfterFirstFrame;

    private boolean languageGiven;

    /** Applied as soon as it is parsed, so that what follows speaks it. */
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG")
    void language(String tag) {
        Locale language = Localization.fromTag(tag);
        if (language == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Localization.text("cli.error.lang", tag));
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

    /** The record of {@code --db}: a file (created and seeded when new) or a shared database. */
    Database openDatabase() {
        return database.open(SeedData::contacts);
    }

    /**
     * The database file of {@code --db}, for the commands that work on the file itself (check,
     * backup, restore).
     *
     * @throws StoreException saying so when {@code --db} names a shared database
     */
    Path databaseFile(CommandSpec command) {
        return database.file().map(Path::toAbsolutePath).orElseThrow(() -> new StoreException(
                Localization.text("cli.error.fileOnly", database, command.name())));
    }

    /**
     * A command line in the language of {@code args}' {@code --lang}, else of the environment's
     * {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG}, else of the JVM's locale; with its help
     * from the bundles, one-line errors on stderr and exit codes: 0 ok, 1 failure, 2 bad usage.
     * (The help is built from the bundle when the command line is made: the language must be
     * known before {@code args} are parsed.)
     */
    public static CommandLine commandLine(ToIntFunction<WindowStart> gui, String[] args, Map<String, String> env) {
        Localization.use(language(args, env));
        CommandLine cl = new CommandLine(new RootCommand(gui));
        cl.setResourceBundle(Localization.bundle());
        cl.setParameterExceptionHandler((e, given) -> {
            e.getCommandLine().getErr().println(qualifiedName(e.getCommandLine()) + ": " + UsageErrors.message(e));
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

    /** Where the command line's language comes from, first to last. */
    static final List<String> LANGUAGE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    /**
     * The language to speak: {@code --lang}'s when it names one of the app's (an unknown one is
     * refused when parsed, in the language found here); else the first of {@link
     * #LANGUAGE_VARIABLES} that is set decides, as POSIX says ("C" or a language the app lacks:
     * English); else the JVM's locale (Windows and macOS set no LANG).
     */
    static Locale language(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            String tag = arg.equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : arg.startsWith("--lang=") ? arg.substring("--lang=".length()) : null;
            if (tag != null && Localization.fromTag(tag) != null) {
                return Localization.fromTag(tag);
            }
        }
        for (String variable : LANGUAGE_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                Locale language = Localization.fromTag(value);
                return language == null ? Locale.ENGLISH : language;
            }
        }
        return Localization.supported(Locale.getDefault());
    }

    /** "diplotrack list" */
    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }
}
