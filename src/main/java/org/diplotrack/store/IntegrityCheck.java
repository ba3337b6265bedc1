package org.diplotrack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.l10n.Localization;

/**
 * Checks a database file without changing it: SQLite's own check plus "is it ours". Used by the
 * {@code check} command, and on every backup before it is kept or restored.
 *
 * @param problems  empty when the file is sound
 * @param version   its schema version ({@code user_version})
 * @param contacts  live contacts, or -1 when they could not be counted
 */
public record IntegrityCheck(Path file, List<String> problems, int version, int contacts) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** @param full {@code integrity_check} (reads every index) rather than {@code quick_check} */
    public static IntegrityCheck of(Path file, boolean full) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Localization.text("store.error.noFile", file));
        }
        try (Connection c = SqliteFiles.readOnly(file)) {
            List<String> problems = new ArrayList<>(SqliteFiles.problems(c, full));
            int version = SqliteFiles.pragmaInt(c, "user_version");
            if (!Migrations.isOurs(c)) {
                problems.add(0, "not a DiploTrack database (application_id)");
                return new IntegrityCheck(file, problems, version, -1);
            }
            int contacts = problems.isEmpty() ? SqliteFiles.liveContacts(c) : -1;
            return new IntegrityCheck(file, problems, version, contacts);
        } catch (SQLException e) {
            return new IntegrityCheck(file, List.of(Database.describe(file, e)), 0, -1);
        }
    }
}
