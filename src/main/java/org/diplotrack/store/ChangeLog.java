package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
        return of(System.getProperty("user.name"));
    }

    static ChangeLog of(String who) {
        return new ChangeLog(who);
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
            SqlContactRepository.bind(log, now().toString(), who, kind.code(), contactId);
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
                SqlContactRepository.bind(field, seq, i, f.field(), f.before(), f.after());
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
                SqlContactRepository.bind(log, at, who, kind.code(), id);
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
            SqlContactRepository.bind(log, now().toString(), who, ChangeKind.IMPORT.code(), from, to);
            log.executeUpdate();
        }
    }

    /**
     * The changes the filter asks for, newest first, each with its fields: one query, the
     * filtered and limited changes joined to their fields.
     */
    static List<Change> find(Connection c, ChangeFilter filter) throws SQLException {
        StringBuilder picked = new StringBuilder("SELECT seq, at, who, kind, contact_id FROM change_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.contactId() != 0) {
            picked.append(" AND contact_id = ?");
            args.add(filter.contactId());
        }
        if (filter.who() != null) {
            picked.append(" AND who = ?");
            args.add(filter.who());
        }
        if (filter.since() != null) {
            picked.append(" AND at >= ?");
            args.add(filter.since().toString());
        }
        picked.append(" ORDER BY seq DESC LIMIT ?");
        args.add(filter.limit());
        String sql = "WITH picked AS (" + picked + ") SELECT p.seq, p.at, p.who, p.kind, p.contact_id, f.field,"
                + " f.before, f.after FROM picked p LEFT JOIN change_field f ON f.seq = p.seq"
                + " ORDER BY p.seq DESC, f.position";
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlContactRepository.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                Change head = null; // the change whose field rows are being read, its fields in "fields"
                List<FieldChange> fields = new ArrayList<>();
                while (rs.next()) {
                    if (head == null || rs.getLong(1) != head.seq()) {
                        addWithFields(changes, head, fields);
                        head = new Change(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                ChangeKind.fromCode(rs.getString(4)), rs.getLong(5), List.of());
                        fields.clear();
                    }
                    if (rs.getString(6) != null) {
                        fields.add(new FieldChange(rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
                addWithFields(changes, head, fields);
            }
        }
        return changes;
    }

    private static void addWithFields(List<Change> changes, Change head, List<FieldChange> fields) {
        if (head != null) {
            changes.add(new Change(head.seq(), head.at(), head.who(), head.kind(), head.contactId(), fields));
        }
    }
}
