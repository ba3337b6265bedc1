package org.diplotrack.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Connections to database files other than the open one: backups, checks, copies. */
final class SqliteFiles {
    private SqliteFiles() {
    }

    /** A connection that cannot change the file (and fails rather than create it). */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS); // the same wait as the open database's
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS); // the same wait as the open database's
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** What {@code PRAGMA quick_check} or {@code integrity_check} reports: empty when sound. */
    static List<String> problems(Connection c, boolean full) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Live contacts (not in the trash); schema 1 had no trash. */
    static int liveContacts(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            String sql = hasColumn(c, "contact", "deleted") ? "SELECT count(*) FROM contact WHERE deleted IS NULL"
                    : "SELECT count(*) FROM contact";
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '"
                     + column + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
