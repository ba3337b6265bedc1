package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.ChangeKind;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactDiff;
import org.diplotrack.model.FieldChange;

/**
 * The record's history of changes ({@code change_log} and its {@code change_field} rows):
 * written in the transaction of the change itself, so a change is in the history exactly when
 * it is in the record. Who made it is the OS user for a file.
 */
final class ChangeLog {
    private final String who;

    ChangeLog(String who) {
        this.who = who == null || who.isBlank() ? "?" : who;
    }

    /** The history of a file: changes are the OS user's. */
    static ChangeLog ofOsUser() {
        return new ChangeLog(System.getProperty("user.name"));
    }

    String who() {
        return who;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Records a change of one contact from {@code before} to {@code after} (either may be null). */
    void record(Connection c, ChangeKind kind, long contactId, Contact before, Contact after) throws SQLException {
        record(c, kind, contactId, ContactDiff.of(before, after));
    }

    void record(Connection c, ChangeKind kind, long contactId, List<FieldChange> fields) throws SQLException {
        long seq;
        try (PreparedStatement log = c.prepareStatement(
                "INSERT INTO change_log (at, who, kind, contact_id) VALUES (?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            SqliteContactRepository.bind(log, now().toString(), who, kind.code(), contactId);
            log.executeUpdate();
            try (ResultSet keys = log.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        try (PreparedStatement field = c.prepareStatement(
                "INSERT INTO change_field (seq, position, field, before, after) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < fields.size(); i++) {
                FieldChange f = fields.get(i);
                SqliteContactRepository.bind(field, seq, i, f.field(), f.before(), f.after());
                field.addBatch();
            }
            field.executeBatch();
        }
    }

    /** Records the same kind of change, with no fields, for each of these contacts. */
    void recordEach(Connection c, ChangeKind kind, Iterable<Long> ids) throws SQLException {
        try (PreparedStatement log = c.prepareStatement(
                "INSERT INTO change_log (at, who, kind, contact_id) VALUES (?, ?, ?, ?)")) {
            String at = now().toString();
            for (long id : ids) {
                SqliteContactRepository.bind(log, at, who, kind.code(), id);
                log.addBatch();
            }
            log.executeBatch();
        }
    }

    /**
     * Records an import of the contacts with ids {@code from} to {@code to} in one statement: the
     * contact as imported is its first version, so no fields are kept.
     */
    void recordImport(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement log = c.prepareStatement("INSERT INTO change_log (at, who, kind, contact_id)"
                + " SELECT ?, ?, ?, id FROM contact WHERE id BETWEEN ? AND ? ORDER BY id")) {
            SqliteContactRepository.bind(log, now().toString(), who, ChangeKind.IMPORT.code(), from, to);
            log.executeUpdate();
        }
    }

    /** The changes the filter asks for, newest first, each with its fields. */
    static List<Change> find(Connection c, ChangeFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, at, who, kind, contact_id FROM change_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.contactId() != 0) {
            sql.append(" AND contact_id = ?");
            args.add(filter.contactId());
        }
        if (filter.who() != null) {
            sql.append(" AND who = ?");
            args.add(filter.who());
        }
        if (filter.since() != null) {
            sql.append(" AND at >= ?");
            args.add(filter.since().toString());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        args.add(filter.limit());
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            SqliteContactRepository.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {Instant.parse(rs.getString(2)), rs.getString(3),
                            ChangeKind.fromCode(rs.getString(4)), rs.getLong(5)});
                }
            }
        }
        List<Change> changes = new ArrayList<>(rows.size());
        try (PreparedStatement fields = c.prepareStatement(
                "SELECT field, before, after FROM change_field WHERE seq = ? ORDER BY position")) {
            for (Map.Entry<Long, Object[]> row : rows.entrySet()) {
                fields.setLong(1, row.getKey());
                List<FieldChange> list = new ArrayList<>();
                try (ResultSet rs = fields.executeQuery()) {
                    while (rs.next()) {
                        list.add(new FieldChange(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
                Object[] r = row.getValue();
                changes.add(new Change(row.getKey(), (Instant) r[0], (String) r[1], (ChangeKind) r[2], (Long) r[3],
                        list));
            }
        }
        return changes;
    }
}
