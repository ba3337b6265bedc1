package org.diplotrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup [FILE]}: a verified copy of the database, to FILE or to the backups folder. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a verified copy of the database (VACUUM INTO, then quick_check) to FILE, or without"
                + " FILE to the backups folder beside the database (the newest 10 are kept).")
final class BackupCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the copy (must not exist).")
    Path target;

    @Option(names = "--list", description = "Lists the backups in the backups folder instead, newest first.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path database = root.database.toAbsolutePath();
        if (!java.nio.file.Files.isRegularFile(database)) {
            throw new org.diplotrack.store.StoreException(database + " does not exist");
        }
        Backups backups = Backups.of(database, root.clock);
        if (list) {
            List<BackupInfo> all = backups.list();
            for (BackupInfo b : all) {
                out.printf("%s  %s  %s%n", WHEN.format(b.taken().atZone(root.clock.getZone())),
                        b.contacts() < 0 ? "unreadable" : b.contacts() + " contacts", b.file());
            }
            out.printf("%d backups in %s%n", all.size(), backups.folder());
        } else if (target == null) {
            BackupInfo b = backups.backupNow();
            out.printf("backed up %d contacts to %s (verified)%n", b.contacts(), b.file());
        } else {
            int contacts = Backups.write(database, target);
            out.printf("backed up %d contacts to %s (verified)%n", contacts, target.toAbsolutePath());
        }
        out.flush();
        return 0;
    }
}
