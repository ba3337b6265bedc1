package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's index of contact text: one {@code tsvector} a contact, under a GIN index, in the
 * text search configuration {@code diplotrack_text} (the simple parser, then unaccent, so that
 * "melanie" finds "Mélanie" as FTS5's remove_diacritics does).
 */
final class PostgresText implements TextIndex {
    static final PostgresText INSTANCE = new PostgresText();
    private static final String MATCH = "words @@ to_tsquery('diplotrack_text', ?)";

    private PostgresText() {
    }

    @Override
    public String insert() {
        return "INSERT INTO contact_text (contact_id, day_from, words) VALUES (?, ?,"
                + " to_tsvector('diplotrack_text', concat_ws(' ', ?::text, ?::text, ?::text, ?::text, ?::text)))";
    }

    @Override
    public void bind(PreparedStatement ps, ContactText.Row row) throws SQLException {
        ps.setLong(1, row.id());
        ps.setLong(2, row.dayFrom());
        ps.setString(3, row.summary());
        ps.setString(4, row.participants());
        ps.setString(5, row.location());
        ps.setString(6, row.tags());
        ps.setString(7, row.sources());
    }

    @Override
    public void delete(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM contact_text WHERE contact_id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /**
     * Every word must match ({@code &}), the last also as a prefix ({@code :*}); the words are
     * letters and digits only, so each quoted lexeme is exactly the word.
     */
    @Override
    public String query(String typed) {
        List<String> words = ContactText.words(typed);
        if (words.isEmpty()) {
            return null;
        }
        return words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" & ")) + ":*";
    }

    @Override
    public String matchingIds() {
        return "SELECT contact_id FROM contact_text WHERE " + MATCH;
    }

    @Override
    public String count() {
        return "SELECT count(*) FROM contact_text WHERE " + MATCH;
    }

    @Override
    public String page(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        return "SELECT contact_id FROM contact_text WHERE " + MATCH + " ORDER BY day_from" + direction
                + ", contact_id" + direction + " LIMIT ? OFFSET ?";
    }
}
