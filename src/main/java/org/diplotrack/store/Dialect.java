package org.diplotrack.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.SQLiteConnection;

/**
 * What the two backends' SQL does differently; every other statement in the store is plain SQL
 * that SQLite and PostgreSQL both run. The dialect follows from the connection, so that the
 * store's static helpers keep taking just a {@link Connection}.
 */
interface Dialect {
    static Dialect of(Connection c) {
        return c instanceof SQLiteConnection ? SqliteDialect.INSTANCE : PostgresDialect.INSTANCE;
    }

    /** The full-text index of contacts. */
    TextIndex text();

    /** The table expression that reads several pairs' contacts (SQLite needs its index named). */
    String severalPairs();

    /**
     * The SQL for the id column of an insert into {@code table}: one parameter, which is the id
     * to keep or null for a new one.
     */
    String idOrNew(String table);

    /** The first id a bulk insert into {@code table} may give its rows, one after the other. */
    long firstFreeId(Connection c, String table) throws SQLException;

    /**
     * Within a write: holds the row of {@code table} with {@code id} against other writers
     * until the transaction ends (SQLite's write transaction already holds the whole file).
     */
    void lockRow(Connection c, String table, long id) throws SQLException;

    /**
     * Takes, until the transaction ends, the lock of each of these pairs' {@code pair_stats} rows,
     * in the order given: two writers who refresh a pair's row at once would otherwise both
     * insert it (rows that are new, or deleted and written again, are not locked by reading).
     */
    void lockPairs(Connection c, List<String> sortedPairs) throws SQLException;

    /** After rows were given ids by {@link #firstFreeId}: new ids come after them. */
    default void idsTaken(Connection c, String table) throws SQLException {
        idsTaken(c, table, "id");
    }

    /** After rows were stored with their own keys in {@code column}: new keys come after them. */
    void idsTaken(Connection c, String table, String column) throws SQLException;

    /** Runs {@code work} in one write transaction on a connection in auto-commit mode. */
    <T> T write(Connection c, SqlWork<T> work) throws SQLException;

    /** Runs {@code work} as one consistent read. */
    <T> T read(Connection c, SqlWork<T> work) throws SQLException;

    /** Runs a large import's {@code work} (inside its transaction) with the settings it goes faster with. */
    <T> T bulk(Connection c, SqlWork<T> work) throws SQLException;

    /**
     * After SQLITE_FULL, IOERR or NOMEM SQLite may already have rolled back, and then ROLLBACK
     * fails too; the first error is the one that says what happened, so it is the one kept.
     */
    static void rollbackKeeping(Connection c, Exception first) {
        try {
            if (c.getAutoCommit()) {
                try (var st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }
}
