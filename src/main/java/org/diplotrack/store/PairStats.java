package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.diplotrack.model.Dyad;

/**
 * The {@code pair_stats} table: for each pair, how many contacts are on record (outside the
 * trash), their first and last day and the longest contact's span in days. Refreshed for the
 * pairs a write touched, inside that write's transaction.
 */
final class PairStats {
    static final String SELECT = """
            SELECT pair, count(*), min(day_from), max(day_to), max(day_to - day_from)
            FROM contact WHERE deleted IS NULL""";

    private PairStats() {
    }

    /** Recomputes the rows of these pairs (codes such as CA-RU), each locked first. */
    static void refresh(Connection c, Collection<String> pairs) throws SQLException {
        List<String> list = lock(c, pairs);
        for (int from = 0; from < list.size(); from += 500) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String in = "(" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM pair_stats WHERE pair IN " + in);
                 PreparedStatement insert = c.prepareStatement("INSERT INTO pair_stats " + SELECT
                         + " AND pair IN " + in + " GROUP BY pair")) {
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setString(i + 1, chunk.get(i));
                    insert.setString(i + 1, chunk.get(i));
                }
                delete.executeUpdate();
                insert.executeUpdate();
            }
        }
    }

    /**
     * Locks these pairs' rows until the transaction ends, in one order for every writer (so that
     * two cannot wait for each other); a write that refreshes pairs twice (an edit that moves a
     * contact to another pair) locks them all before the first. Returns them in that order.
     */
    static List<String> lock(Connection c, Collection<String> pairs) throws SQLException {
        List<String> sorted = new ArrayList<>(new TreeSet<>(pairs));
        Dialect.of(c).lockPairs(c, sorted);
        return sorted;
    }

    /** The pairs of these contacts (by id). */
    static List<String> pairsOf(Connection c, Collection<Long> ids) throws SQLException {
        List<String> pairs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT pair FROM contact WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pairs.add(rs.getString(1));
                    }
                }
            }
        }
        return pairs;
    }

    /** The longest contact of one pair, or of all pairs when {@code pair} is null; 0 when none. */
    static long maxSpan(Connection c, Dyad pair) throws SQLException {
        String sql = pair == null ? "SELECT coalesce(max(max_span), 0) FROM pair_stats"
                : "SELECT coalesce(max(max_span), 0) FROM pair_stats WHERE pair = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (pair != null) {
                ps.setString(1, pair.code());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
