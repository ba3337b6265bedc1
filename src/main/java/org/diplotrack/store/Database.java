package org.diplotrack.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.diplotrack.model.Contact;

/**
 * One open DiploTrack database file. Opening it sets the connection pragmas, checks that the
 * file is ours and sound, and brings its schema up to date; a new file is seeded in the same
 * transaction that creates its schema, so it is seeded exactly once.
 *
 * <p>All access goes through one connection, serialised on this object.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ContactRepository contacts;
    private final CountryRepository countries;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.contacts = new SqliteContactRepository(this);
        this.countries = new SqliteCountryRepository(this);
    }

    /**
     * Opens (creating if needed) the database at {@code file}.
     *
     * @param seed the contacts a newly created database starts with
     * @throws StoreException with a message naming the file when it cannot be used
     */
    public static Database open(Path file, Supplier<List<Contact>> seed) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + absolute + ": " + e.getMessage(), e);
        }
        Database db = new Database(absolute, connection);
        try {
            db.configure();
            Migrations.migrate(connection, absolute, c -> SqliteContactRepository.insertAll(c, seed.get()));
            return db;
        } catch (SQLException e) {
            db.close();
            throw new StoreException(describe(absolute, e), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("PRAGMA foreign_keys = ON");
            // Reading the schema first makes a foreign file fail here, before anything is written.
            st.executeQuery("SELECT count(*) FROM sqlite_schema").close();
            quickCheck(st);
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
        }
    }

    private void quickCheck(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new StoreException(file + " is damaged (quick_check: " + result + ")");
            }
        }
    }

    private static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return file + " is not a DiploTrack database (not an SQLite file)";
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return file + " is damaged: " + message;
        }
        return "cannot open " + file + ": " + message;
    }

    public Path file() {
        return file;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public CountryRepository countries() {
        return countries;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs a read; SQLite gives it a consistent snapshot. */
    synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database error in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
