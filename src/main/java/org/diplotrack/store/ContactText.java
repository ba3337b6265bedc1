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
 * The text of a contact that search reads (summary, participants, location, tags and sources)
 * and the typed words it searches for; and SQLite's index of it, {@link #FTS5}.
 */
final class ContactText {
    /** SQLite's index, a contentless FTS5 table. */
    static final TextIndex FTS5 = new Fts5();

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


    private ContactText() {
    }

    static long key(long dayFrom, long id) {
        return ((dayFrom + DAY_OFFSET) << 32) | id;
    }

    /** One index row, held by a batched writer until it writes its rows in {@link #rowid} order. */
    record Row(long id, long dayFrom, String summary, String participants, String location, String tags,
               String sources) {
        static Row of(long id, Contact c) {
            return new Row(id, c.date().firstDay().toEpochDay(), orEmpty(c.summary()),
                    c.participants().stream().map(ContactText::participant).collect(Collectors.joining(" ")),
                    orEmpty(c.location()), String.join(" ", c.tags()),
                    c.sources().stream().map(ContactText::source).collect(Collectors.joining(" ")));
        }

        /** The FTS5 rowid: date order first. */
        long rowid() {
            return key(dayFrom, id);
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
     * The words of what was typed, letters and digits only (the indexes' tokenizers drop the
     * rest anyway): never an operator, a quote or any other query syntax.
     */
    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed != null) {
            for (String part : typed.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /** Turns typed words into an FTS5 query (package-private for tests); null when nothing searchable was typed. */
    static String query(String typed) {
        return FTS5.query(typed);
    }

    /** FTS5, contentless: the rowid is the key of {@link Row#rowid()}, the contact id its low 32 bits. */
    private static final class Fts5 implements TextIndex {
        @Override
        public String insert() {
            return "INSERT INTO contact_text (rowid, summary, participants, location, tags, sources)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement ps, Row row) throws SQLException {
            ps.setLong(1, row.rowid());
            ps.setString(2, row.summary());
            ps.setString(3, row.participants());
            ps.setString(4, row.location());
            ps.setString(5, row.tags());
            ps.setString(6, row.sources());
        }

        @Override
        public void delete(Connection c, Collection<Long> ids) throws SQLException {
            try (PreparedStatement day = c.prepareStatement("SELECT day_from FROM contact WHERE id = ?");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM contact_text WHERE rowid = ?")) {
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

        /**
         * Each word becomes a quoted phrase, all must match, and the last one also matches as a
         * prefix so results follow the typing.
         */
        @Override
        public String query(String typed) {
            List<String> words = words(typed);
            if (words.isEmpty()) {
                return null;
            }
            List<String> terms = new ArrayList<>(words.stream().map(w -> "\"" + w + "\"").toList());
            int last = terms.size() - 1;
            terms.set(last, terms.get(last) + "*");
            return String.join(" ", terms);
        }

        @Override
        public String matchingIds() {
            return "SELECT " + ID_OF_ROWID + " FROM contact_text WHERE contact_text MATCH ?";
        }

        @Override
        public String count() {
            return "SELECT count(*) FROM contact_text WHERE contact_text MATCH ?";
        }

        /** The index's order is the date order: the page is read from it in order, and it stops. */
        @Override
        public String page(boolean ascending) {
            return "SELECT " + ID_OF_ROWID + " FROM contact_text WHERE contact_text MATCH ? ORDER BY rowid "
                    + (ascending ? "ASC" : "DESC") + " LIMIT ? OFFSET ?";
        }
    }
}
