package org.diplotrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplotrack.store.Backups;
import org.diplotrack.model.l10n.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: puts a checked backup in place of the database, keeping the file it replaces. */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path backup;

    @Override
    public Integer call() {
        Path database = root.databaseFile(spec);
        Path kept = Backups.restore(backup, database, "replaced", root.clock);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Localization.text("cli.restore.done", backup.toAbsolutePath(), database));
        if (kept != null) {
            out.println(Localization.text("cli.restore.kept", kept));
        }
        out.flush();
        return 0;
    }
}
