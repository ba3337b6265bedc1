package org.diplotrack.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplotrack.model.l10n.Localization;

/**
 * Verified backups of one database file, in a {@code backups/} folder beside it, named
 * {@code <name>-<UTC time>.db}. Each is written with {@code VACUUM INTO} through its own
 * connection (so the window's connection is not held up), reopened and quick-checked before it
 * counts; the newest {@value #KEEP} are kept (decision 0013).
 */
public final class Backups {
    public static final int KEEP = 10;
    /** A backup is written on start when the newest is older than this. */
    public static final Duration INTERVAL = Duration.ofHours(12);
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path database;
    private final Clock clock;

    private Backups(Path database, Clock clock) {
        this.database = database.toAbsolutePath();
        this.clock = clock;
    }

    public static Backups of(Path database) {
        return of(database, Clock.systemUTC());
    }

    public static Backups of(Path database, Clock clock) {
        return new Backups(database, clock);
    }

    public Path folder() {
        return database.resolveSibling(FOLDER);
    }

    private String stem() {
        return stem(database.getFileName().toString());
    }

    /** The file name without its extension: {@code diplotrack} of {@code diplotrack.db}. */
    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes a verified backup now and drops the oldest beyond {@value #KEEP}. */
    public BackupInfo backupNow() {
        Instant now = clock.instant();
        Path target = folder().resolve(stem() + "-" + STAMP.format(now.atOffset(ZoneOffset.UTC)) + ".db");
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new StoreException(Localization.text("store.error.backupFolder", folder(), e.getMessage()), e);
        }
        int contacts = write(database, target);
        prune();
        return new BackupInfo(target, now, contacts);
    }

    /** A backup when the newest is older than {@link #INTERVAL} (or there is none). */
    public Optional<BackupInfo> backupIfDue() {
        Optional<Instant> newest = stamps().stream().map(Stamped::taken).max(Comparator.naturalOrder());
        if (newest.isPresent() && Duration.between(newest.get(), clock.instant()).compareTo(INTERVAL) < 0) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** The backups, newest first, each with its number of contacts (read-only). */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        for (Stamped s : stamps()) {
            int contacts;
            try (Connection c = SqliteFiles.readOnly(s.file())) {
                contacts = SqliteFiles.liveContacts(c);
            } catch (SQLException e) {
                contacts = -1;
            }
            found.add(new BackupInfo(s.file(), s.taken(), contacts));
        }
        return found;
    }

    /** The newest backup that passes {@code quick_check} and is ours. */
    public Optional<BackupInfo> newestGood() {
        for (Stamped s : stamps()) {
            IntegrityCheck check = IntegrityCheck.of(s.file(), false);
            if (check.ok() && check.version() <= Migrations.CURRENT_VERSION) {
                return Optional.of(new BackupInfo(s.file(), s.taken(), check.contacts()));
            }
        }
        return Optional.empty();
    }

    public boolean any() {
        return !stamps().isEmpty();
    }

    private record Stamped(Path file, Instant taken) {
    }

    private List<Stamped> stamps() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(Pattern.quote(stem()) + "-(\\d{8}-\\d{6}-\\d{3})\\.db");
        List<Stamped> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = pattern.matcher(file.getFileName().toString());
                if (m.matches()) {
                    found.add(new Stamped(file, LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC)));
                }
            }
        } catch (IOException e) {
            throw new StoreException(Localization.text("store.error.readBackupFolder", folder, e.getMessage()), e);
        }
        found.sort(Comparator.comparing(Stamped::taken).reversed());
        return found;
    }

    private void prune() {
        List<Stamped> all = stamps();
        for (Stamped old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // An old backup that will not go is no reason to fail a new one.
            }
        }
    }

    /**
     * Copies {@code source} to {@code target} as a verified backup: written beside the target
     * under a temporary name, quick-checked, then moved into place, so a backup that exists
     * under its final name is whole. A copy that fails the check is deleted.
     *
     * @return the live contacts in the copy
     */
    public static int write(Path source, Path target) {
        Path absolute = target.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new StoreException(Localization.text("store.error.noFile", source.toAbsolutePath()));
        }
        if (Files.exists(absolute)) {
            throw new StoreException(Localization.text("store.error.exists", absolute));
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Connection c = SqliteFiles.readOnly(source.toAbsolutePath());
                 PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                if (!Migrations.isOurs(c)) {
                    throw new UnusableDatabaseException(Localization.text("store.error.notOurs", source));
                }
                ps.setString(1, partial.toString());
                ps.execute();
            }
            int contacts = verify(partial, source);
            move(partial, absolute);
            return contacts;
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException(Localization.text("store.error.backupFailed", source, Database.describe(source, e)), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException(Localization.text("store.error.backupFailed", source, e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** Where the backups of shared records go: a folder of their own in the per-user data directory. */
    public static Path sharedFolder() {
        return DataLocation.defaultDatabase().resolveSibling("shared-" + FOLDER);
    }

    /**
     * A verified SQLite copy of a shared record, trash and history included, into
     * {@link #sharedFolder()}, named after its database and host: the server has no file to
     * copy, so the record is copied row by row ({@link RecordCopy}) in one consistent read.
     */
    public static BackupInfo backUpShared(Database record, Clock clock) {
        Instant now = clock.instant();
        String name = (record.server().database() + "@" + record.server().host()).replaceAll("[^\\w.@-]", "_");
        Path target = sharedFolder().resolve(name + "-" + STAMP.format(now.atOffset(ZoneOffset.UTC)) + ".db");
        try {
            Files.createDirectories(sharedFolder());
        } catch (IOException e) {
            throw new StoreException(Localization.text("store.error.backupFolder", sharedFolder(), e.getMessage()), e);
        }
        return new BackupInfo(target, now, writeCopy(record, target));
    }

    /**
     * Copies an open record of either kind to a new SQLite file, verified as {@link #write} does.
     *
     * @return the live contacts in the copy
     */
    public static int writeCopy(Database record, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(Localization.text("store.error.exists", absolute));
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            deleteWithJournals(partial);
            try (Database copy = Database.open(partial, List::of)) {
                RecordCopy.copy(record, copy);
            }
            int contacts = verify(partial, record.name());
            move(partial, absolute);
            return contacts;
        } catch (SQLException | IOException e) {
            deleteWithJournals(partial);
            throw new StoreException(Localization.text("store.error.backupFailed", record.name(), e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteWithJournals(partial);
            throw e;
        }
    }

    private static void deleteWithJournals(Path file) {
        deleteQuietly(file);
        deleteQuietly(file.resolveSibling(file.getFileName() + "-wal"));
        deleteQuietly(file.resolveSibling(file.getFileName() + "-shm"));
    }

    /** Reopens a fresh copy: rollback journal (a lone file, no -wal to lose), quick_check, ours. */
    private static int verify(Path copy, Object source) throws SQLException, IOException {
        try (Connection c = SqliteFiles.readWrite(copy); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            List<String> problems = SqliteFiles.problems(c, false);
            if (!problems.isEmpty() || !Migrations.isOurs(c)) {
                throw new StoreException(Localization.text("store.error.backupCheck", source, problems.toString()));
            }
            int contacts = SqliteFiles.liveContacts(c);
            c.close();
            fsync(copy);
            return contacts;
        }
    }

    /**
     * Puts a backup in place of the database file. The backup is checked first; it is copied
     * beside the database and moved over it in one atomic rename; the file it replaces (with
     * its -wal and -shm) is kept, renamed {@code <name>.<label>-<time>.db}. The database must
     * not be open.
     *
     * @param label "replaced", or "damaged" when the file being replaced could not be opened
     * @return where the replaced file now is, or null when there was none
     */
    public static Path restore(Path backup, Path database, String label, Clock clock) {
        Path target = database.toAbsolutePath();
        IntegrityCheck check = IntegrityCheck.of(backup.toAbsolutePath(), false);
        if (!check.ok()) {
            throw new StoreException(Localization.text("store.error.notRestorable", backup,
                    String.join("; ", check.problems())));
        }
        if (check.version() > Migrations.CURRENT_VERSION) {
            throw new StoreException(Localization.text("store.error.newerBackup", backup));
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".restoring");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            fsync(temp);
            Path kept = Files.exists(target) ? setAside(target, label, clock) : null;
            move(temp, target);
            return kept;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(Localization.text("store.error.restoreFailed", backup, target, e.getMessage()), e);
        }
    }

    /** Restores the newest good backup of {@code database}; the current file is kept as "damaged". */
    public Optional<Path> restoreNewestGood(String label) {
        Optional<BackupInfo> good = newestGood();
        good.ifPresent(b -> restore(b.file(), database, label, clock));
        return good.map(BackupInfo::file);
    }

    /**
     * Renames a database file and its -wal and -shm together (SQLite pairs them by name) to
     * {@code <name>.<label>-<time>.db}; nothing is deleted.
     */
    public static Path setAside(Path file, String label, Clock clock) throws IOException {
        String name = file.getFileName().toString();
        String stem = stem(name);
        String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        Path aside = file.resolveSibling(stem + "." + label + "-" + stamp + ".db");
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Path side = file.resolveSibling(name + suffix);
            if (Files.exists(side)) {
                Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        Files.move(file, aside);
        return aside;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: the name says it is partial.
        }
    }
}
