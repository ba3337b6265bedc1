package org.diplotrack.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Level;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;

/**
 * Databases at every earlier schema version, built by the real steps up to that version as a
 * build before Flyway ran them (so without Flyway's history), with
 * contacts written by today's code and copied into the first schema's tables (whose columns
 * every later schema keeps).
 */
final class SchemaFixtures {
    private SchemaFixtures() {
    }

    /**
     * Runs steps {@code from + 1} to {@code to} the way builds before Flyway did (decision 0030):
     * the steps and {@code user_version}, no Flyway history, as every file made then is.
     */
    private static void stepsAsBeforeFlyway(Connection c, int from, int to) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (Migrations.Step step : Migrations.STEPS.subList(from, to)) {
                step.apply(c);
            }
            st.execute("PRAGMA user_version = " + to);
            st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Writes {@code contacts} into a new file at schema {@code version} and returns them as stored. */
    static List<Contact> create(Path file, int version, List<Contact> contacts, Path scratch) throws SQLException {
        List<Contact> stored;
        try (Database current = Database.open(scratch, List::of)) {
            current.contacts().insertAll(contacts);
            stored = current.contacts().find(org.diplotrack.model.ContactFilter.ALL);
        }
        try (Connection c = SqliteFiles.readWrite(file)) {
            stepsAsBeforeFlyway(c, 0, 1);
            try (Statement st = c.createStatement()) {
                st.execute("ATTACH DATABASE '" + scratch.toAbsolutePath() + "' AS now");
                st.execute("BEGIN");
                st.execute("INSERT INTO contact SELECT " + v1Columns() + " FROM now.contact");
                for (String table : new String[] {"participant", "source", "tag"}) {
                    st.execute("INSERT INTO " + table + " SELECT * FROM now." + table);
                }
                st.execute("COMMIT");
                st.execute("DETACH DATABASE now");
            }
            storeLevelsAsBeforeSchema13(c, stored);
            stepsAsBeforeFlyway(c, 1, version);
            if (version == 9) {
                copyReportsAsSchema9(c, scratch);
            } else if (version == 10) {
                copyReports(c, scratch);
            } else if (version >= 11) {
                copyReports(c, scratch);
                copyWeights(c, scratch);
            }
            if (version >= 12) {
                copyDoubts(c, scratch);
            }
        }
        return version < 9 ? stored.stream().map(SchemaFixtures::asBackfilled).toList() : stored;
    }

    /** The reports as schema 10 stores them (today's table) in place of the backfill's. */
    private static void copyReports(Connection c, Path scratch) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + scratch.toAbsolutePath() + "' AS now");
            st.execute("BEGIN");
            st.execute("DELETE FROM report");
            st.execute("INSERT INTO report SELECT * FROM now.report");
            st.execute("COMMIT");
            st.execute("DETACH DATABASE now");
        }
    }

    /** The source counts and root flags as schema 11 stores them (today's columns). */
    private static void copyWeights(Connection c, Path scratch) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + scratch.toAbsolutePath() + "' AS now");
            st.execute("""
                    UPDATE contact SET
                      source_count = (SELECT n.source_count FROM now.contact n WHERE n.id = contact.id),
                      root = (SELECT n.root FROM now.contact n WHERE n.id = contact.id)""");
            st.execute("DETACH DATABASE now");
        }
    }

    /** The doubt marks as schema 12 stores them (today's column). */
    private static void copyDoubts(Connection c, Path scratch) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + scratch.toAbsolutePath() + "' AS now");
            st.execute("UPDATE contact SET doubtful = (SELECT n.doubtful FROM now.contact n WHERE n.id = contact.id)");
            st.execute("DETACH DATABASE now");
        }
    }

    /**
     * The contact levels as every schema before 13 stored them: the known side's whenever the
     * other is unknown, a dataset contact's too ({@link Level#ofContact}).
     */
    private static void storeLevelsAsBeforeSchema13(Connection c, List<Contact> stored) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE contact SET level = ? WHERE id = ?")) {
            for (Contact contact : stored) {
                update.setString(1, Level.ofContact(contact.a().level(), contact.b().level()).code());
                update.setLong(2, contact.id());
                update.executeUpdate();
            }
        }
    }

    /** The reports as schema 9 stored them (with their import key) in place of the backfill's. */
    private static void copyReportsAsSchema9(Connection c, Path scratch) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + scratch.toAbsolutePath() + "' AS now");
            st.execute("BEGIN");
            st.execute("DELETE FROM report");
            st.execute("""
                    INSERT INTO report SELECT contact_id, position, dataset, event_id, code, date, reported, actor_a,
                      actor_b, level, mode, file, url, story, sentence, sources, articles, root,
                      'event:' || dataset || '|' || event_id || '|' || date
                    FROM now.report""");
            st.execute("COMMIT");
            st.execute("DETACH DATABASE now");
        }
    }

    /**
     * What schema 9's backfill makes of a contact stored before reports existed: a dataset
     * contact gets the one report its own columns describe (with the level stored then), any
     * other contact none.
     */
    private static Contact asBackfilled(Contact contact) {
        Provenance p = contact.provenance();
        if (p.origin() != Provenance.Origin.DATASET_IMPORT || p.dataset() == null || p.eventId() == null) {
            return contact.withReports(List.of());
        }
        String url = contact.sources().isEmpty() ? null : contact.sources().get(0).url();
        return contact.withReports(List.of(new Report(p.dataset(), p.eventId(), p.cameoCode(), contact.date(), null,
                null, null, Level.ofContact(contact.a().level(), contact.b().level()), contact.mode(), p.file(), url, null, null, null, null, null)));
    }

    private static String v1Columns() {
        return "id, country_a, level_a, portfolio_a, country_b, level_b, portfolio_b, pair, level, date, end_date,"
                + " day_from, day_to, approximate, mode, setting, event, status, location, summary, origin, dataset,"
                + " source_file, event_id, cameo_code, created, modified";
    }

    /** The schema's SQL, sorted: equal before and after means no DDL survived. */
    static List<String> schema(Path file) throws SQLException {
        try (Connection c = SqliteFiles.readOnly(file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema"
                     + " ORDER BY 1")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
