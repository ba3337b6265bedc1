package org.diplotrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.store.Backups;
import org.diplotrack.model.l10n.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup [FILE]}: a verified copy of the database, to FILE or to the backups folder. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "file")
    Path target;

    @Option(names = "--list")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (root.database.server().isPresent() && !list) {
            return backUpShared(out);
        }
        Path database = root.databaseFile(spec);
        if (!java.nio.file.Files.isRegularFile(database)) {
            throw new org.diplotrack.store.StoreException(Localization.text("cli.backup.noDatabase", database));
        }
        Backups backups = Backups.of(database, root.clock);
        if (list) {
            List<BackupInfo> all = backups.list();
            for (BackupInfo b : all) {
                out.printf("%s  %s  %s%n", WHEN.format(b.taken().atZone(root.clock.getZone())),
                        b.contacts() < 0 ? Localization.text("cli.backup.unreadable")
                                : Localization.text("cli.contacts", b.contacts()), b.file());
            }
            out.println(Localization.text("cli.backup.count", all.size(), backups.folder()));
        } else if (target == null) {
            BackupInfo b = backups.backupNow();
            out.println(Localization.text("cli.backup.done", b.contacts(), b.file()));
        } else {
            int contacts = Backups.write(database, target);
            out.println(Localization.text("cli.backup.done", contacts, target.toAbsolutePath()));
        }
        out.flush();
        return 0;
    }

    /** A shared record's backup: a verified SQLite copy, to FILE or to the shared backups folder. */
    private int backUpShared(PrintWriter out) {
        try (org.diplotrack.store.Database db = root.openDatabase()) {
            if (target == null) {
                BackupInfo b = Backups.backUpShared(db, root.clock);
                out.println(Localization.text("cli.backup.done", b.contacts(), b.file()));
            } else {
                int contacts = Backups.writeCopy(db, target);
                out.println(Localization.text("cli.backup.done", contacts, target.toAbsolutePath()));
            }
        }
        out.flush();
        return 0;
    }
}
