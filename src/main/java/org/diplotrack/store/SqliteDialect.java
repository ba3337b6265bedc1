package org.diplotrack.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** SQLite: FTS5, rowid ids, explicit BEGIN IMMEDIATE. */
final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();
    /** 128 MiB of page cache while importing (negative: KiB, as SQLite counts it). */
    private static final int IMPORT_CACHE = -131_072;

    private SqliteDialect() {
    }

    @Override
    public TextIndex text() {
        return ContactText.FTS5;
    }

    /**
     * Several pairs (a pair with its predecessors', or pairs chosen together) are read through
     * the pair index, one range a pair: without statistics the planner would rather walk the
     * whole day index in date order and test each row's pair (QueryPlanTest).
     */
    @Override
    public String severalPairs() {
        return "contact INDEXED BY contact_live_pair_day";
    }

    @Override
    public String idOrNew(String table) {
        return "?"; // a NULL rowid is a new one
    }

    @Override
    public long firstFreeId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void lockRow(Connection c, String table, long id) {
        // BEGIN IMMEDIATE took the file's write lock
    }

    @Override
    public void lockPairs(Connection c, List<String> sortedPairs) {
        // BEGIN IMMEDIATE took the file's write lock
    }

    @Override
    public void idsTaken(Connection c, String table, String column) {
        // the next rowid is always max(rowid) + 1
    }

    /**
     * BEGIN IMMEDIATE takes the write lock first, waiting out another process's write (busy
     * timeout). The statements are explicit because the driver's commit() begins the next
     * transaction at once, which could wait for, or fail on, another process's lock after this
     * transaction was already committed.
     */
    @Override
    public <T> T write(Connection c, SqlWork<T> work) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(c);
                st.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                Dialect.rollbackKeeping(c, e);
                throw e;
            }
        }
    }

    /** SQLite gives every statement a consistent snapshot, and the connection is not shared. */
    @Override
    public <T> T read(Connection c, SqlWork<T> work) throws SQLException {
        return work.run(c);
    }

    /**
     * A large import touches every index all over; a bigger page cache (native memory, not the
     * Java heap) for its duration keeps them from being read and written again and again.
     */
    @Override
    public <T> T bulk(Connection c, SqlWork<T> work) throws SQLException {
        int cacheSize = SqliteFiles.pragmaInt(c, "cache_size");
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + IMPORT_CACHE);
        }
        try {
            return work.run(c);
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + cacheSize);
            }
        }
    }
}
