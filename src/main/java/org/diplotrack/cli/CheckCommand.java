package org.diplotrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diplotrack.store.IntegrityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: SQLite's integrity_check on the database, which it opens read-only. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the database file (PRAGMA integrity_check) without changing it. Exit 0 when sound,"
                + " 1 when damaged or not a DiploTrack database.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        IntegrityCheck check = IntegrityCheck.of(root.database.toAbsolutePath(), true);
        PrintWriter out = spec.commandLine().getOut();
        if (check.ok()) {
            out.printf("ok: %s (schema %d, %d contacts)%n", check.file(), check.version(), check.contacts());
            out.flush();
            return 0;
        }
        out.printf("damaged: %s%n", check.file());
        check.problems().stream().limit(50).forEach(p -> out.println("  " + p));
        if (check.problems().size() > 50) {
            out.printf("  … and %d more%n", check.problems().size() - 50);
        }
        out.flush();
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + check.file() + " failed its check ("
                + check.problems().size() + " problems); restore a backup with `restore FILE`");
        return 1;
    }
}
