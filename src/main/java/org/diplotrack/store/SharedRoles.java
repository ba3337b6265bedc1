package org.diplotrack.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The team's roles on a shared record (README, "A shared record"): diplotrack_reader reads;
 * diplotrack_editor also adds, edits, deletes and imports; diplotrack_admin may also change the
 * schema's contents. None of them owns the tables, so none can drop or alter them: that stays
 * with the role that ran {@code shared init}. Log-in users are made members of one role:
 * {@code GRANT diplotrack_editor TO alice}.
 */
final class SharedRoles {
    static final String READER = "diplotrack_reader";
    static final String EDITOR = "diplotrack_editor";
    static final String ADMIN = "diplotrack_admin";

    private SharedRoles() {
    }

    static void grant(Connection c, ServerAddress server) throws SQLException {
        String database = "\"" + server.database().replace("\"", "\"\"") + "\"";
        try (Statement st = c.createStatement()) {
            for (String role : new String[] {READER, EDITOR, ADMIN}) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            st.execute("GRANT CONNECT ON DATABASE " + database + " TO " + READER);
            st.execute("GRANT USAGE ON SCHEMA public TO " + READER);
            st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
            st.execute("GRANT " + READER + " TO " + EDITOR);
            st.execute("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + EDITOR);
            // The record's own bookkeeping is not an editor's to change.
            st.execute("REVOKE INSERT, UPDATE, DELETE ON meta, flyway_schema_history FROM " + EDITOR);
            // Ids come from the sequences; an import moves them past the ids it gave (setval).
            st.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + EDITOR);
            st.execute("GRANT " + EDITOR + " TO " + ADMIN);
            st.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + ADMIN);
            st.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + ADMIN);
        }
    }
}
