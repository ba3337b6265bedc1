package org.diplotrack.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.store.SharedDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shared init URL}: sets up a team's shared record on a PostgreSQL server. */
@Command(name = "shared", mixinStandardHelpOptions = true, subcommands = SharedCommand.Init.class)
final class SharedCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand: what there is to do. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                Localization.text("cli.error.missingParameter", 1, "init"));
    }

    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "URL", descriptionKey = "address",
                converter = Converters.ServerAddressConverter.class)
        ServerAddress server;

        @Option(names = "--example")
        boolean example;

        @Override
        public Integer call() {
            SharedDatabase.init(server, example ? SeedData::contacts : List::of);
            int contacts;
            try (Database db = SharedDatabase.open(server)) {
                contacts = db.contacts().count(ContactFilter.ALL);
            }
            spec.commandLine().getOut().println(Localization.text("cli.shared.init.done", server,
                    SharedDatabase.schemaVersion(), contacts));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
