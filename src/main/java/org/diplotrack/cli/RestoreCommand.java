package org.diplotrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplotrack.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: puts a checked backup in place of the database, keeping the file it replaces. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the database with the backup FILE after checking it. The replaced file is kept"
                + " beside it as NAME.replaced-TIME.db. Close DiploTrack's window on that database first.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Override
    public Integer call() {
        Path database = root.database.toAbsolutePath();
        Path kept = Backups.restore(backup, database, "replaced", root.clock);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("restored %s to %s%n", backup.toAbsolutePath(), database);
        if (kept != null) {
            out.printf("the replaced file is kept as %s%n", kept);
        }
        out.flush();
        return 0;
    }
}
