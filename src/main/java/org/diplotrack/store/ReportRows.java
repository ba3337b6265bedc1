package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Report;

/** The {@code report} table: a contact's dataset reports, in order (decision 0025). */
final class ReportRows {
    static final String CREATE = """
            CREATE TABLE report (
              contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
              position   INTEGER NOT NULL,
              dataset    TEXT NOT NULL,
              event_id   TEXT NOT NULL,
              code       TEXT,
              date       TEXT NOT NULL,
              reported   TEXT,
              actor_a    TEXT,
              actor_b    TEXT,
              level      TEXT NOT NULL,
              mode       TEXT NOT NULL,
              file       TEXT,
              url        TEXT,
              story      TEXT,
              sentence   INTEGER,
              sources    INTEGER,
              articles   INTEGER,
              root       INTEGER,
              PRIMARY KEY (contact_id, position)) WITHOUT ROWID""";

    /** A report's import key ({@link ImportKey#of(Report)}) is its dataset, event id and date: this index finds it. */
    static final String EVENT_INDEX = "CREATE INDEX report_event ON report(event_id, dataset, date)";

    static final String INSERT = """
            INSERT INTO report (contact_id, position, dataset, event_id, code, date, reported, actor_a, actor_b,
              level, mode, file, url, story, sentence, sources, articles, root)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private ReportRows() {
    }

    static void bind(PreparedStatement ps, long contactId, int position, Report r) throws SQLException {
        SqlContactRepository.bind(ps, contactId, position, r.dataset(), r.eventId(), r.code(), r.date().toString(),
                r.reported() == null ? null : r.reported().toString(), r.actorA(), r.actorB(), r.level().code(),
                r.mode().code(), r.file(), r.url(), r.story(), r.sentence(), r.sources(), r.articles(),
                r.root() == null ? null : r.root() ? 1 : 0);
    }

    /** The reports of the contacts {@code ids}, in order. */
    static Map<Long, List<Report>> load(Connection c, String in, Object[] ids) throws SQLException {
        Map<Long, List<Report>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contact_id, dataset, event_id, code, date, reported,"
                + " actor_a, actor_b, level, mode, file, url, story, sentence, sources, articles, root FROM report"
                + " WHERE contact_id" + in + " ORDER BY contact_id, position")) {
            SqlContactRepository.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reported = rs.getString(6);
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Report(
                            rs.getString(2), rs.getString(3), rs.getString(4), PartialDate.parse(rs.getString(5)),
                            reported == null ? null : LocalDate.parse(reported), rs.getString(7), rs.getString(8),
                            Level.fromCode(rs.getString(9)), Mode.fromCode(rs.getString(10)), rs.getString(11),
                            rs.getString(12), rs.getString(13), integer(rs, 14), integer(rs, 15), integer(rs, 16),
                            rs.getObject(17) == null ? null : rs.getInt(17) != 0));
                }
            }
        }
        return result;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Whether a report's event is on record: as a report, or as a contact keyed by it (one stored
     * from a file without reports). Parameters: event id, dataset, date, import key.
     */
    static final String KNOWN = "SELECT 1 FROM report WHERE event_id = ? AND dataset = ? AND date = ?"
            + " UNION ALL SELECT 1 FROM contact WHERE import_key = ? LIMIT 1";

    /** Binds {@link #KNOWN} for a report whose {@link ImportKey} is {@code key}. */
    static void bindKnown(PreparedStatement known, Report r, String key) throws SQLException {
        SqlContactRepository.bind(known, r.eventId(), r.dataset(), r.date().toString(), key);
    }
}
