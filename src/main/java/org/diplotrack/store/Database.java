package org.diplotrack.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.diplotrack.model.Contact;
import org.diplotrack.model.l10n.Localization;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One open DiploTrack record: a database file (SQLite) or a shared database on a PostgreSQL
 * server ({@link SharedDatabase}). Opening a file sets the connection pragmas, checks that the
 * file is ours and sound, and brings its schema up to date; a new file is seeded in the same
 * transaction that creates its schema, so it is seeded exactly once. Nothing outside the store
 * needs to know which of the two is open.
 *
 * <p>All access goes through one connection, serialised on this object.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final ServerAddress server;
    /** Made again, for a server, after it was lost (see {@link #connection()}). */
    private Connection connection;
    private boolean connectionLost;
    private final Dialect dialect;
    private final ContactRepository contacts;
    private final CountryRepository countries;
    private final MissionRepository missions;
    private final boolean readOnly;
    private final ChangeLog history;

    private Database(Path file, Connection connection, boolean readOnly) {
        this(file, null, connection, readOnly, ChangeLog.ofOsUser());
    }

    /** A shared record: changes are recorded under the database user's name. */
    Database(ServerAddress server, Connection connection, boolean readOnly) {
        this(null, server, connection, readOnly, ChangeLog.of(server.user()));
    }

    private Database(Path file, ServerAddress server, Connection connection, boolean readOnly, ChangeLog history) {
        this.file = file;
        this.server = server;
        this.connection = connection;
        this.dialect = Dialect.of(connection);
        this.readOnly = readOnly;
        this.history = history;
        this.contacts = new SqlContactRepository(this);
        this.countries = new SqlCountryRepository(this);
        this.missions = new SqlMissionRepository(this);
    }

    /**
     * Opens (creating if needed) the database at {@code file}. A file that cannot be written
     * (its permissions or its folder's) opens read-only. An existing file that needs a newer
     * schema gets a verified backup first, and its upgrade is one transaction.
     *
     * @param seed the contacts a newly created database starts with
     * @throws StoreException with a message naming the file when it cannot be used; an
     *         {@link UnusableDatabaseException} when it is foreign, truncated or damaged, in
     *         which case it was not changed
     */
    public static Database open(Path file, Supplier<List<Contact>> seed) {
        Path absolute = file.toAbsolutePath();
        return open(absolute, seed, Files.isRegularFile(absolute) && !canWrite(absolute));
    }

    /** Opens an existing file read-only: nothing is written to it, not even a schema upgrade. */
    public static Database openReadOnly(Path file) {
        return open(file.toAbsolutePath(), List::of, true);
    }

    private static boolean canWrite(Path file) {
        // WAL needs to create the -wal and -shm files beside the database.
        return Files.isWritable(file) && (file.getParent() == null || Files.isWritable(file.getParent()));
    }

    private static Database open(Path absolute, Supplier<List<Contact>> seed, boolean readOnly) {
        if (!readOnly) {
            try {
                Path parent = absolute.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new StoreException(Localization.text("store.error.folder", absolute, e.getMessage()), e);
            }
            refuseEmptyFileWithBackups(absolute);
        } else if (!Files.isRegularFile(absolute)) {
            throw new StoreException(Localization.text("store.error.noFile", absolute));
        }
        try {
            return connect(absolute, seed, readOnly, false);
        } catch (StoreException e) {
            if (readOnly && e.getCause() instanceof SQLException cause
                    && String.valueOf(cause.getMessage()).contains("READONLY_DIRECTORY")) {
                // A WAL file in a folder we cannot write: SQLite cannot create the -shm it reads
                // through, so the file is read as immutable (nobody can be writing it there).
                return connect(absolute, seed, true, true);
            }
            throw e;
        }
    }

    private static Database connect(Path absolute, Supplier<List<Contact>> seed, boolean readOnly, boolean immutable) {
        Connection connection;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly);
            // Waits for another process's write (a second window, the command line) instead of
            // failing; IMMEDIATE takes the write lock at BEGIN, where that wait applies, rather
            // than on the first write of a transaction that has read (which cannot wait).
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            if (immutable) {
                config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            }
            connection = config.createConnection(immutable ? "jdbc:sqlite:" + absolute.toUri() + "?immutable=1"
                    : "jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new StoreException(Localization.text("store.error.cannotOpen", absolute, e.getMessage()), e);
        }
        Database db = new Database(absolute, connection, readOnly);
        try {
            db.configure();
            if (readOnly) {
                Migrations.requireCurrent(connection, absolute);
            } else {
                Migrations.migrate(connection, absolute, c -> SqlContactRepository.insertAll(c, seed.get()),
                        from -> Backups.of(absolute).backupNow());
                SqlCountryRepository.addMissing(connection);
            }
            return db;
        } catch (SQLException e) {
            db.close();
            throw unusable(absolute, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * SQLite takes an empty file for a new database; when the file has backups it was a
     * database once (truncated by a crash or a bad copy), so it is refused, not re-seeded.
     */
    private static void refuseEmptyFileWithBackups(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0 && Backups.of(file).any()) {
                throw new UnusableDatabaseException(Localization.text("store.error.emptyWithBackups", file));
            }
        } catch (IOException e) {
            throw new StoreException(Localization.text("store.error.cannotRead", file, e.getMessage()), e);
        }
    }

    static final int BUSY_TIMEOUT_MS = 10_000;

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            // Reading the schema first makes a foreign file fail here, before anything is written.
            st.executeQuery("SELECT count(*) FROM sqlite_schema").close();
            quickCheck();
            // Only a file known to be ours (or new) is switched to WAL, which rewrites its header.
            Migrations.checkOurs(connection, file, Migrations.CURRENT_VERSION);
            if (!readOnly) {
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                    rs.next();
                }
            }
        }
    }

    private void quickCheck() throws SQLException {
        List<String> problems = SqliteFiles.problems(connection, false);
        if (!problems.isEmpty()) {
            throw new UnusableDatabaseException(Localization.text("store.error.damagedCheck", file,
                    String.join("; ", problems)));
        }
    }

    private static StoreException unusable(Path file, SQLException e) {
        String message = describe(file, e);
        return notADatabase(e) || damaged(e) ? new UnusableDatabaseException(message, e)
                : new StoreException(message, e);
    }

    static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (notADatabase(e)) {
            return Localization.text("store.error.notSqlite", file);
        }
        if (damaged(e)) {
            return Localization.text("store.error.damaged", file, message);
        }
        return Localization.text("store.error.cannotOpen", file, message);
    }

    private static boolean notADatabase(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_NOTADB") || message.contains("not a database");
    }

    private static boolean damaged(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_CORRUPT") || message.contains("malformed");
    }

    /** The database file; null for a shared record (see {@link #server()}). */
    public Path file() {
        return file;
    }

    /** The server of a shared record (without its password); null for a file. */
    public ServerAddress server() {
        return server;
    }

    /**
     * Calls {@code onOutsideChange}, on a background thread, soon after someone else commits a
     * change to this record: another window or process on the file, a colleague on the server.
     * Close the watch to stop it.
     */
    public ChangeWatch watchOutsideChanges(Runnable onOutsideChange) {
        return ChangeWatch.start(this, onOutsideChange);
    }

    /** Where this record lives. */
    public RecordLocation location() {
        return file != null ? RecordLocation.of(file) : RecordLocation.of(server);
    }

    /** A shared record on a server rather than a file. */
    public boolean shared() {
        return server != null;
    }

    /** What messages and the window's title call this record: the file's path or the server's address. */
    public String name() {
        return file != null ? file.toString() : server.toString();
    }

    /**
     * A verified backup of this file into its backups folder (none for a read-only file); a
     * shared record's import is one transaction on the server, which keeps it whole.
     */
    void backUp() {
        if (!readOnly && file != null) {
            Backups.of(file).backupNow();
        }
    }

    /** Opened read-only: every write fails with a message saying so. */
    public boolean readOnly() {
        return readOnly;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    /** Where this record's changes are written, by whom. */
    ChangeLog history() {
        return history;
    }

    public CountryRepository countries() {
        return countries;
    }

    /** The missions on record (issue 17). */
    public MissionRepository missions() {
        return missions;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * A write that loses the server is not tried again here (the commit may or may not have
     * reached it): it throws {@link ConnectionLostException}, and the next use connects again.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            return dialect.write(connection(), work);
        } catch (SQLException e) {
            if (server == null) {
                throw writeFailed(e);
            }
            noteIfLost(e);
            throw ServerFailures.notSaved(server, readOnly, e);
        }
    }

    /**
     * The connection, made again when the server's was lost. Throws ConnectionLostException
     * while the server cannot be reached.
     */
    private Connection connection() {
        if (connectionLost) {
            Connection again = SharedDatabase.reconnect(server);
            closeQuietly(connection);
            connection = again;
            connectionLost = false;
            LoggerFactory.getLogger(Database.class).info("Connected to {} again", server);
        }
        return connection;
    }

    private void noteIfLost(SQLException e) {
        if (ServerFailures.lost(e)) {
            connectionLost = true;
            LoggerFactory.getLogger(Database.class).warn("Lost the connection to {}", server, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the connection is being replaced because it broke
        }
    }

    private StoreException writeFailed(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (readOnly || message.contains("SQLITE_READONLY")) {
            return new StoreException(Localization.text("store.error.readOnly", file), e);
        }
        if (message.contains("SQLITE_FULL")) {
            return new StoreException(Localization.text("store.error.diskFull", file), e);
        }
        if (message.contains("SQLITE_BUSY")) {
            return new StoreException(Localization.text("store.error.busy", file), e);
        }
        return new StoreException(Localization.text("store.error.notSaved", file, message), e);
    }

    /** Runs a read as one consistent snapshot; a read that loses the server is tried once more on a new connection. */
    synchronized <T> T read(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return dialect.read(connection(), work);
            } catch (SQLException e) {
                if (server == null) {
                    throw new StoreException(Localization.text("store.error.database", file, e.getMessage()), e);
                }
                noteIfLost(e);
                if (!connectionLost || attempt == 2) {
                    throw ServerFailures.readFailed(server, e);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(Localization.text("store.error.cannotClose", name(), e.getMessage()), e);
        }
    }
}
