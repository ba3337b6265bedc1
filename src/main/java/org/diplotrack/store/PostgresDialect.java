package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL: a tsvector index, identity columns, transactions through the driver. Reads run in
 * one REPEATABLE READ transaction, so a contact and its children come from one snapshot even
 * while colleagues write.
 */
final class PostgresDialect implements Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();
    /** The key space of the pair locks among the server's advisory locks (14: the issue that needs them). */
    private static final int PAIR_LOCKS = 14;

    private PostgresDialect() {
    }

    @Override
    public TextIndex text() {
        return PostgresText.INSTANCE;
    }

    @Override
    public String severalPairs() {
        return "contact";
    }

    /** Table names are the store's own, never input. */
    @Override
    public String idOrNew(String table) {
        return "coalesce(?, nextval(pg_get_serial_sequence('" + table + "', 'id')))";
    }

    /**
     * A bulk insert numbers its rows itself; the table is locked against other writers first
     * (readers go on), so that no colleague's insert takes one of those ids meanwhile.
     */
    @Override
    public long firstFreeId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            try (ResultSet rs = st.executeQuery("SELECT greatest((SELECT coalesce(max(id), 0) FROM " + table
                    + "), (SELECT last_value FROM " + sequence(c, table, "id") + ")) + 1")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void lockRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            ps.executeQuery().close();
        }
    }

    /** Advisory locks in a key space of their own (the first key), a hash of the pair the second. */
    @Override
    public void lockPairs(Connection c, List<String> sortedPairs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(" + PAIR_LOCKS + ", hashtext(?))")) {
            for (String pair : sortedPairs) {
                ps.setString(1, pair);
                ps.executeQuery().close();
            }
        }
    }

    @Override
    public void idsTaken(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'),"
                     + " greatest((SELECT coalesce(max(" + column + "), 1) FROM " + table + "), (SELECT last_value FROM "
                     + sequence(c, table, column) + ")))")) {
            rs.next();
        }
    }

    private static String sequence(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_get_serial_sequence('" + table + "', '" + column + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public <T> T write(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            Dialect.rollbackKeeping(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public <T> T read(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            Dialect.rollbackKeeping(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public <T> T bulk(Connection c, SqlWork<T> work) throws SQLException {
        return work.run(c);
    }
}
