package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplotrack.model.Contact;
import org.diplotrack.model.l10n.Localization;

/**
 * Copies a whole record from one database to another, either backend to either (issue 14,
 * {@code diplotrack copy FROM TO}): every row of every table, the trash and the history of
 * changes with them, keeping ids, provenance and timestamps, in one transaction on the target.
 * The text index is built anew in the target's own kind; the schema is the same on both sides.
 */
public final class RecordCopy {
    /**
     * The tables in an order where every row's references come before it. The text index and
     * the bookkeeping (meta, schema history) are each backend's own.
     */
    private static final List<String> TABLES = List.of("country", "contact", "participant", "source", "tag",
            "report", "pair_stats", "missions", "mission_sources", "change_log", "change_field");
    /** What must be empty in the target: a copy never merges into a record. */
    private static final List<String> CONTENT = List.of("contact", "missions", "change_log");
    private static final int BATCH = 1_000;
    private static final int INDEX_CHUNK = 5_000;

    private RecordCopy() {
    }

    /**
     * Copies {@code from} into {@code to}, which must hold no contacts, missions or changes.
     *
     * @return the rows copied, per table, in copy order
     * @throws StoreException when the target is not empty or a write fails; the target is then
     *         as it was
     */
    public static Map<String, Integer> copy(Database from, Database to) {
        return from.read(source -> to.inTransaction(target -> {
            for (String table : CONTENT) {
                if (count(target, table) > 0) {
                    throw new StoreException(Localization.text("store.error.copy.notEmpty", to.name(), table));
                }
            }
            Map<String, Integer> copied = new LinkedHashMap<>();
            for (String table : TABLES) {
                copied.put(table, copyTable(source, target, table));
            }
            Dialect dialect = Dialect.of(target);
            dialect.idsTaken(target, "contact");
            dialect.idsTaken(target, "missions");
            dialect.idsTaken(target, "change_log", "seq");
            indexText(target, dialect.text());
            return Collections.unmodifiableMap(copied);
        }));
    }

    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        try (Statement st = source.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            // The countries are there in every record; a source's own rows win only where new.
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                    + (table.equals("country") ? " ON CONFLICT DO NOTHING" : "");
            int rows = 0;
            try (PreparedStatement ps = target.prepareStatement(insert)) {
                while (rs.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    SqlContactRepository.bind(ps, values);
                    ps.addBatch();
                    if (++rows % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return rows;
        }
    }

    /** The words of every contact not in the trash, written to the target's own index. */
    private static void indexText(Connection target, TextIndex index) throws SQLException {
        List<Long> live = new ArrayList<>();
        try (Statement st = target.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM contact WHERE deleted IS NULL ORDER BY day_from, id")) {
            while (rs.next()) {
                live.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = target.prepareStatement(index.insert())) {
            for (int at = 0; at < live.size(); at += INDEX_CHUNK) {
                for (Contact c : SqlContactRepository.loadByIds(target, live.subList(at, Math.min(live.size(), at + INDEX_CHUNK)))) {
                    index.bind(ps, ContactText.Row.of(c.id(), c));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
