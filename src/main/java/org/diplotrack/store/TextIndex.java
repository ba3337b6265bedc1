package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The full-text index of contacts ({@code contact_text}): the words of every contact not in the
 * trash, kept in step with every write, and the translation of what a user types into a query
 * that can never be a syntax error or an injection. SQLite's is FTS5 ({@link ContactText#FTS5}),
 * PostgreSQL's a {@code tsvector} ({@link PostgresText}); both ignore case and accents and match
 * the last word typed as a prefix.
 */
interface TextIndex {
    /** The insert of one index row, whose parameters {@link #bind} sets. */
    String insert();

    void bind(PreparedStatement ps, ContactText.Row row) throws SQLException;

    /** Removes the index entries of these contacts (call before their rows go). */
    void delete(Connection c, Collection<Long> ids) throws SQLException;

    /** The query parameter for typed words: null when nothing searchable was typed. */
    String query(String typed);

    /** A subquery of the ids of the contacts that match one parameter, a {@link #query}. */
    String matchingIds();

    /** The count of matching contacts; one parameter, a {@link #query}. */
    String count();

    /** The ids of one page of matching contacts in date order; parameters: a {@link #query}, limit, offset. */
    String page(boolean ascending);
}
