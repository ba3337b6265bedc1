package org.diplotrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.IntegrityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: SQLite's integrity_check on the database, which it opens read-only. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        IntegrityCheck check = IntegrityCheck.of(root.databaseFile(spec), true);
        PrintWriter out = spec.commandLine().getOut();
        if (check.ok()) {
            out.println(Localization.text("cli.check.ok", check.file(), check.version(), check.contacts()));
            out.flush();
            return 0;
        }
        out.println(Localization.text("cli.check.damaged", check.file()));
        check.problems().stream().limit(50).forEach(p -> out.println("  " + p));
        if (check.problems().size() > 50) {
            out.println("  " + Localization.text("cli.check.more", check.problems().size() - 50));
        }
        out.flush();
        spec.commandLine().getErr().println(spec.qualifiedName() + ": "
                + Localization.text("cli.check.failed", check.file(), check.problems().size()));
        return 1;
    }
}
