package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Source;

/**
 * The full-text index of contacts ({@code contact_text}, FTS5): summary, participants, location,
 * tags and sources of every contact not in the trash, kept in step with every write; and the
 * translation of what a user types into an FTS5 query that can never be a syntax error or an
 * injection.
 */
final class ContactText {
    /**
     * The index's rowid is {@code (day_from + DAY_OFFSET) << 32 | id}: its natural order is the
     * contacts' date order, so a search reads its first page in order and stops, and the
     * contact's id is the low 32 bits.
     */
    private static final long DAY_OFFSET = 4_000_000;
    /** SQL for the contact id of an index row. */
    static final String ID_OF_ROWID = "(rowid & 4294967295)";

    /** The same text as {@link #bind}, computed in SQL from stored rows (used by the migration). */
    static final String SELECT_FROM_TABLES = """
            SELECT ((c.day_from + 4000000) << 32) | c.id, coalesce(c.summary, ''),
              coalesce((SELECT group_concat(coalesce(p.name, '') || ' ' || coalesce(p.title, ''), ' ')
                        FROM participant p WHERE p.contact_id = c.id), ''),
              coalesce(c.location, ''),
              coalesce((SELECT group_concat(t.tag, ' ') FROM tag t WHERE t.contact_id = c.id), ''),
              coalesce((SELECT group_concat(coalesce(s.publication, '') || ' ' || coalesce(s.title, '') || ' '
                          || coalesce(s.author, '') || ' ' || coalesce(s.quote, ''), ' ')
                        FROM source s WHERE s.contact_id = c.id), '')
            FROM contact c""";

    static final String INSERT =
            "INSERT INTO contact_text (rowid, summary, participants, location, tags, sources) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM contact_text WHERE rowid = ?";

    private ContactText() {
    }

    static long key(long dayFrom, long id) {
        return ((dayFrom + DAY_OFFSET) << 32) | id;
    }

    /** Removes the index entries of these contacts (call before their rows go). */
    static void delete(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement day = c.prepareStatement("SELECT day_from FROM contact WHERE id = ?");
             PreparedStatement delete = c.prepareStatement(DELETE)) {
            for (long id : ids) {
                day.setLong(1, id);
                try (ResultSet rs = day.executeQuery()) {
                    if (rs.next()) {
                        delete.setLong(1, key(rs.getLong(1), id));
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    static void bind(PreparedStatement ps, long id, Contact c) throws SQLException {
        Row.of(id, c).bind(ps);
    }

    /** One index row, held by a batched writer until it writes its rows in {@link #rowid} order. */
    record Row(long rowid, String summary, String participants, String location, String tags, String sources) {
        static Row of(long id, Contact c) {
            return new Row(key(c.date().firstDay().toEpochDay(), id), orEmpty(c.summary()),
                    c.participants().stream().map(ContactText::participant).collect(Collectors.joining(" ")),
                    orEmpty(c.location()), String.join(" ", c.tags()),
                    c.sources().stream().map(ContactText::source).collect(Collectors.joining(" ")));
        }

        void bind(PreparedStatement ps) throws SQLException {
            ps.setLong(1, rowid);
            ps.setString(2, summary);
            ps.setString(3, participants);
            ps.setString(4, location);
            ps.setString(5, tags);
            ps.setString(6, sources);
        }
    }

    private static String participant(Participant p) {
        return orEmpty(p.name()) + " " + orEmpty(p.title());
    }

    private static String source(Source s) {
        return orEmpty(s.publication()) + " " + orEmpty(s.title()) + " " + orEmpty(s.author()) + " "
                + orEmpty(s.quote());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Turns typed words into an FTS5 query: each word becomes a quoted phrase (quotes doubled),
     * all must match, and the last one also matches as a prefix so results follow the typing.
     * Returns null when nothing searchable was typed.
     */
    static String query(String typed) {
        if (typed == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : typed.trim().split("\\s+")) {
            // Keep letters and digits only: FTS5's tokenizer would drop the rest anyway.
            String clean = word.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
            for (String part : clean.split(" ")) {
                if (!part.isEmpty()) {
                    terms.add("\"" + part.replace("\"", "\"\"") + "\"");
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + "*");
        return String.join(" ", terms);
    }
}
