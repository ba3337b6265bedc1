package org.diplotrack.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.ContactQuality;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.l10n.Localization;

/**
 * Schema steps, numbered by {@code PRAGMA user_version} and run by Flyway ({@link SqliteSchemaSteps},
 * decision 0030). An upgrade runs every step it needs and the version bump in one transaction,
 * after a verified backup: a failing step leaves the file as it was (decision 0013).
 */
final class Migrations {
    /** "DIPT": marks a file as a DiploTrack database. */
    static final int APPLICATION_ID = 0x44495054;

    interface Step {
        void apply(Connection c) throws SQLException;
    }

    /** Runs before an existing file is upgraded (a backup), given its version. */
    interface BeforeUpgrade {
        void run(int fromVersion);
    }

    static final List<Step> STEPS = List.of(Migrations::createSchema, Migrations::addTrashRankAndText,
            Migrations::addPairStats, Migrations::keyTextByDate, Migrations::coverTimelineMarks,
            Migrations::addImportKey, Migrations::coverPairMarks, Migrations::addMissions,
            Migrations::addReports, Migrations::slimReports, Migrations::addSourceWeight, Migrations::addDoubts,
            Migrations::reportedLevels, Migrations::addChangeLog);

    static final int CURRENT_VERSION = STEPS.size();

    private Migrations() {
    }

    /**
     * Brings the schema to {@link #CURRENT_VERSION}; {@code onCreate} runs inside the transaction
     * that creates a new database, so the seed is there exactly when the schema is.
     */
    static void migrate(Connection c, Path file, SqlWork<?> onCreate, BeforeUpgrade beforeUpgrade)
            throws SQLException {
        migrate(c, file, onCreate, beforeUpgrade, STEPS);
    }

    /** As above with the steps given (tests use a prefix, or a failing step). */
    static void migrate(Connection c, Path file, SqlWork<?> onCreate, BeforeUpgrade beforeUpgrade, List<Step> steps)
            throws SQLException {
        int version = checkOurs(c, file, steps.size());
        if (version == steps.size()) {
            return; // the common open: nothing to run, and Flyway is not even started
        }
        if (version > 0) {
            beforeUpgrade.run(version);
        }
        SqliteSchemaSteps.run(c, steps, version, onCreate);
    }

    /** For a read-only open: the file must be ours and need no upgrade, since none can be written. */
    static void requireCurrent(Connection c, Path file) throws SQLException {
        int version = checkOurs(c, file, CURRENT_VERSION);
        if (version == 0) {
            throw new UnusableDatabaseException(Localization.text("store.error.emptyReadOnly", file));
        }
        if (version < CURRENT_VERSION) {
            throw new StoreException(Localization.text("store.error.upgradeReadOnly", file,
                    String.valueOf(CURRENT_VERSION)));
        }
    }

    /** Whether the file carries DiploTrack's {@code application_id} (a backup, a file to restore). */
    static boolean isOurs(Connection c) throws SQLException {
        return SqliteFiles.pragmaInt(c, "application_id") == APPLICATION_ID;
    }

    /** The file's version, after refusing foreign and newer files. */
    static int checkOurs(Connection c, Path file, int current) throws SQLException {
        int version = SqliteFiles.pragmaInt(c, "user_version");
        int applicationId = SqliteFiles.pragmaInt(c, "application_id");
        if (version == 0 && applicationId == 0 && hasTables(c)) {
            throw new UnusableDatabaseException(Localization.text("store.error.foreignSqlite", file));
        }
        if (version > 0 && applicationId != APPLICATION_ID) {
            throw new UnusableDatabaseException(Localization.text("store.error.notOurs", file));
        }
        if (version > current) {
            throw new StoreException(Localization.text("store.error.newerSchema", file, String.valueOf(version),
                    String.valueOf(current)));
        }
        return version;
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }


    /**
     * Schema 9: a contact's dataset reports (decision 0025). A contact imported before carries
     * one report, its own event, under the same key, so importing its file again adds nothing.
     */
    private static void addReports(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // The table as schema 9 made it (schema 10 rebuilds it): a step writes what it wrote then.
            st.execute("""
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
                      import_key TEXT NOT NULL,
                      PRIMARY KEY (contact_id, position))""");
            st.execute("CREATE INDEX report_import_key ON report(import_key)");
            st.execute("""
                    INSERT INTO report (contact_id, position, dataset, event_id, code, date, level, mode, file, url,
                      import_key)
                    SELECT id, 0, dataset, event_id, cameo_code, date, level, mode, source_file,
                      (SELECT url FROM source WHERE source.contact_id = contact.id ORDER BY position LIMIT 1),
                      import_key
                    FROM contact
                    WHERE origin = 'dataset-import' AND dataset IS NOT NULL AND event_id IS NOT NULL""");
        }
    }

    /**
     * Schema 10: the report table without its own rowid and without the import key column (the
     * key is its dataset, event id and date, indexed as they are): the key's 36 characters less
     * per report, and one index fewer, on the hot path of a dataset import (benchmarks.md). It
     * creates the table from {@link ReportRows#CREATE}: a later change to that text must first
     * freeze today's copy here, as schema 9's step did.
     */
    private static void slimReports(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(ReportRows.CREATE.replace("CREATE TABLE report (", "CREATE TABLE report_slim ("));
            st.execute("""
                    INSERT INTO report_slim (contact_id, position, dataset, event_id, code, date, reported, actor_a,
                      actor_b, level, mode, file, url, story, sentence, sources, articles, root)
                    SELECT contact_id, position, dataset, event_id, code, date, reported, actor_a,
                      actor_b, level, mode, file, url, story, sentence, sources, articles, root
                    FROM report""");
            st.execute("DROP TABLE report");
            st.execute("ALTER TABLE report_slim RENAME TO report");
            st.execute(ReportRows.EVENT_INDEX);
        }
    }

    /**
     * Schema 11: how many sources bear a contact out and whether GDELT calls it a root event, kept
     * on the contact for the "at least N sources" and "root events only" filters
     * ({@link org.diplotrack.model.Contact#sourceCount}, {@link org.diplotrack.model.Contact#rootEvent}),
     * which then cost no lookup of its reports per row. Filled here as those methods compute them.
     */
    private static void addSourceWeight(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE contact ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0");
            st.execute("ALTER TABLE contact ADD COLUMN root INTEGER");
            st.execute("""
                    UPDATE contact SET source_count = CASE
                      WHEN EXISTS (SELECT 1 FROM report r WHERE r.contact_id = contact.id)
                      THEN max((SELECT count(DISTINCT coalesce(r.url, CASE WHEN r.story IS NOT NULL
                                  THEN r.dataset || ' story ' || r.story ELSE r.dataset || ' ' || r.event_id END))
                                FROM report r WHERE r.contact_id = contact.id),
                               (SELECT coalesce(max(r.sources), 0) FROM report r WHERE r.contact_id = contact.id))
                      ELSE (SELECT count(*) FROM source s WHERE s.contact_id = contact.id) END""");
            st.execute("""
                    UPDATE contact SET root = CASE
                      WHEN EXISTS (SELECT 1 FROM report r WHERE r.contact_id = contact.id AND r.root = 1) THEN 1
                      WHEN EXISTS (SELECT 1 FROM report r WHERE r.contact_id = contact.id)
                       AND NOT EXISTS (SELECT 1 FROM report r WHERE r.contact_id = contact.id AND r.root IS NOT 0)
                      THEN 0 END""");
        }
    }

    /**
     * Schema 12: whether the detail pane would list a doubt about a contact
     * ({@link ContactQuality#doubtful}), kept on the contact for the filter on doubts. Filled here
     * as that method computes it: a first report more than {@link ContactQuality#LATE_REPORT_DAYS}
     * days after the day it gives, in SQL; a visit or a third-location meeting whose place is in
     * doubt, in Java (the place's country is a name to look up).
     */
    private static void addDoubts(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE contact ADD COLUMN doubtful INTEGER NOT NULL DEFAULT 0");
            st.execute("""
                    UPDATE contact SET doubtful = 1
                    WHERE (SELECT min(julianday(r.reported) - julianday(CASE length(r.date)
                             WHEN 4 THEN r.date || '-01-01' WHEN 7 THEN r.date || '-01' ELSE r.date END))
                           FROM report r WHERE r.contact_id = contact.id AND r.reported IS NOT NULL) > """
                    + ContactQuality.LATE_REPORT_DAYS);
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, mode, country_a, country_b, location FROM contact"
                     + " WHERE location IS NOT NULL AND mode IN ('" + Mode.VISIT.code() + "', '"
                     + Mode.HOSTED_VISIT.code() + "', '" + Mode.THIRD_LOCATION.code() + "')");
             PreparedStatement mark = c.prepareStatement("UPDATE contact SET doubtful = 1 WHERE id = ?")) {
            while (rs.next()) {
                if (ContactQuality.placeDoubtful(Mode.fromCode(rs.getString(2)), Countries.lookup(rs.getString(3)),
                        Countries.lookup(rs.getString(4)), rs.getString(5))) {
                    mark.setLong(1, rs.getLong(1));
                    mark.executeUpdate();
                }
            }
        }
    }

    /**
     * Schema 13: a contact read from an event dataset with one side unknown is unknown unless the
     * known side is the visitor or the statement's author; the level stored before came from the
     * known side whatever it was. Recomputed by {@link Level#ofReported} itself, so the rule is
     * written once. The reports' own levels stay: they keep no side levels to recompute them from.
     */
    private static void reportedLevels(Connection c) throws SQLException {
        String unknown = "'" + Level.UNKNOWN.code() + "'";
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, level_a, level_b, mode, level FROM contact WHERE origin = '"
                     + Provenance.Origin.DATASET_IMPORT.code() + "' AND (level_a = " + unknown + ") <> (level_b = "
                     + unknown + ")");
             PreparedStatement set = c.prepareStatement("UPDATE contact SET level = ?, level_rank = ? WHERE id = ?")) {
            while (rs.next()) {
                Level level = Level.ofReported(Level.fromCode(rs.getString(2)), Level.fromCode(rs.getString(3)),
                        Mode.fromCode(rs.getString(4)));
                if (!level.code().equals(rs.getString(5))) {
                    SqlContactRepository.bind(set, level.code(), level.rank(), rs.getLong(1));
                    set.executeUpdate();
                }
            }
        }
    }

    /**
     * Schema 14: the history of changes ({@link ChangeLog}): one row per change of a contact, its
     * fields before and after in rows of their own. No reference to the contact: a purged
     * contact's history stays.
     */
    private static void addChangeLog(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE change_log (
                      seq        INTEGER PRIMARY KEY,
                      at         TEXT NOT NULL,
                      who        TEXT NOT NULL,
                      kind       TEXT NOT NULL,
                      contact_id INTEGER NOT NULL)""");
            st.execute("CREATE INDEX change_log_contact ON change_log(contact_id, seq)");
            st.execute("""
                    CREATE TABLE change_field (
                      seq      INTEGER NOT NULL REFERENCES change_log(seq) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      field    TEXT NOT NULL,
                      before   TEXT,
                      after    TEXT,
                      PRIMARY KEY (seq, position)) WITHOUT ROWID""");
        }
    }

    /** Schema 2: the trash, the level's rank for sorting, and full-text search. */
    private static void addTrashRankAndText(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE contact ADD COLUMN deleted TEXT");
            st.execute("ALTER TABLE contact ADD COLUMN level_rank INTEGER NOT NULL DEFAULT 0");
            StringBuilder ranks = new StringBuilder("UPDATE contact SET level_rank = CASE level");
            for (Level level : Level.values()) {
                ranks.append(" WHEN '").append(level.code()).append("' THEN ").append(level.rank());
            }
            st.execute(ranks.append(" ELSE 0 END").toString());
            st.execute("DROP INDEX contact_pair_day");
            st.execute("DROP INDEX contact_day");
            st.execute("CREATE INDEX contact_live_pair_day ON contact(deleted, pair, day_from)");
            st.execute("CREATE INDEX contact_live_day ON contact(deleted, day_from)");
            st.execute("CREATE INDEX contact_country_b ON contact(country_b, day_from)");
            st.execute("CREATE INDEX contact_country_a ON contact(country_a, day_from)");
            createTextIndex(st);
            st.execute("INSERT INTO contact_text (rowid, summary, participants, location, tags, sources) "
                    + ContactText.SELECT_FROM_TABLES);
        }
    }

    /**
     * Schema 3: per-pair counts, first and last day and longest contact, kept by the repository
     * on every write, so the pair list and date-range filters need not scan every contact.
     */
    private static void addPairStats(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE pair_stats (
                      pair      TEXT PRIMARY KEY,
                      contacts  INTEGER NOT NULL,
                      first_day INTEGER NOT NULL,
                      last_day  INTEGER NOT NULL,
                      max_span  INTEGER NOT NULL)""");
            st.execute("INSERT INTO pair_stats " + PairStats.SELECT + " GROUP BY pair");
        }
    }

    /**
     * Schema 4: the text index re-keyed so that its rowid order is the date order (see
     * {@link ContactText}), for searches that read their first page straight from it.
     */
    private static void keyTextByDate(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE contact_text");
            createTextIndex(st);
            st.execute("INSERT INTO contact_text (rowid, summary, participants, location, tags, sources) "
                    + ContactText.SELECT_FROM_TABLES + " WHERE c.deleted IS NULL");
        }
    }

    /**
     * Step 5: the live contacts' index by day also holds what the timeline reads of each
     * (decision 0009), so reading a million marks in date order is one scan of the index
     * instead of a table lookup per row (measured 0.5 s against 2.4 s).
     */
    private static void coverTimelineMarks(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP INDEX contact_live_day");
            st.execute("CREATE INDEX contact_live_day ON contact(deleted, day_from, id, day_to, level, mode, status,"
                    + " approximate, pair)");
        }
    }

    /**
     * Step 6: {@code import_key} (see {@link ImportKey}), so that importing a file again, or an
     * overlapping one, adds only what is new. Existing rows get their key here, a chunk at a time.
     */
    private static void addImportKey(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE contact ADD COLUMN import_key TEXT");
            st.execute("CREATE INDEX contact_import_key ON contact(import_key)");
        }
        try (PreparedStatement ids = c.prepareStatement("SELECT id FROM contact WHERE id > ? ORDER BY id LIMIT 2000");
             PreparedStatement set = c.prepareStatement("UPDATE contact SET import_key = ? WHERE id = ?")) {
            long last = 0;
            while (true) {
                List<Long> chunk = new java.util.ArrayList<>();
                ids.setLong(1, last);
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(rs.getLong(1));
                    }
                }
                if (chunk.isEmpty()) {
                    return;
                }
                for (org.diplotrack.model.Contact contact : SqlContactRepository.loadByIds(c, chunk, false)) {
                    set.setString(1, ImportKey.of(contact));
                    set.setLong(2, contact.id());
                    set.addBatch();
                }
                set.executeBatch();
                last = chunk.get(chunk.size() - 1);
            }
        }
    }

    /**
     * Step 7: the live contacts' index by pair holds what the day index holds (decision 0015), so
     * that for a query with a pair it does everything the day index does with one more equality:
     * the planner takes it with or without statistics. Before, the covering day index won the
     * pair + range + level query (76 ms instead of 2 ms on a million contacts) and the timeline's
     * marks of one pair (a scan of every live contact).
     */
    private static void coverPairMarks(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP INDEX contact_live_pair_day");
            st.execute("CREATE INDEX contact_live_pair_day ON contact(deleted, pair, day_from, id, day_to, level, mode,"
                    + " status, approximate)");
        }
    }

    /**
     * Step 8: missions (issue 17, decision 0022), one row per head of mission, with a trash flag
     * as contacts have and an import key ({@link ImportKey#of(org.diplotrack.model.Mission)}),
     * and their sources. {@code day_to} is null while the head is in post. The live missions'
     * index by sending and receiving country and first day serves a pair's list (both
     * directions), and the day index the missions in post on a day.
     */
    private static void addMissions(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE missions (
                      id          INTEGER PRIMARY KEY,
                      sending     TEXT NOT NULL REFERENCES country(code),
                      receiving   TEXT NOT NULL REFERENCES country(code),
                      head        TEXT,
                      title       TEXT,
                      rank        TEXT NOT NULL,
                      date_from   TEXT NOT NULL,
                      date_to     TEXT,
                      day_from    INTEGER NOT NULL,
                      day_to      INTEGER,
                      end_reason  TEXT,
                      notes       TEXT,
                      origin      TEXT NOT NULL,
                      dataset     TEXT,
                      source_file TEXT,
                      event_id    TEXT,
                      import_key  TEXT NOT NULL,
                      deleted     TEXT,
                      created     TEXT NOT NULL,
                      modified    TEXT NOT NULL,
                      CHECK (sending <> receiving),
                      CHECK (day_to IS NULL OR day_from <= day_to),
                      CHECK (end_reason IS NULL OR date_to IS NOT NULL))""");
            st.execute("CREATE INDEX missions_live_pair ON missions(deleted, sending, receiving, day_from)");
            st.execute("CREATE INDEX missions_live_day ON missions(deleted, day_from)");
            st.execute("CREATE INDEX missions_import_key ON missions(import_key)");
            st.execute("""
                    CREATE TABLE mission_sources (
                      mission_id  INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
                      position    INTEGER NOT NULL,
                      publication TEXT,
                      title       TEXT,
                      author      TEXT,
                      url         TEXT,
                      published   TEXT,
                      accessed    TEXT,
                      quote       TEXT,
                      PRIMARY KEY (mission_id, position))""");
        }
    }

    private static void createTextIndex(Statement st) throws SQLException {
        st.execute("""
                CREATE VIRTUAL TABLE contact_text USING fts5(
                  summary, participants, location, tags, sources,
                  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')""");
    }

    private static void createSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE meta (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL)""");
            st.execute("""
                    CREATE TABLE country (
                      code   TEXT PRIMARY KEY,
                      alpha3 TEXT NOT NULL,
                      name   TEXT NOT NULL)""");
            st.execute("""
                    CREATE TABLE contact (
                      id          INTEGER PRIMARY KEY,
                      country_a   TEXT NOT NULL REFERENCES country(code),
                      level_a     TEXT NOT NULL,
                      portfolio_a TEXT,
                      country_b   TEXT NOT NULL REFERENCES country(code),
                      level_b     TEXT NOT NULL,
                      portfolio_b TEXT,
                      pair        TEXT NOT NULL,
                      level       TEXT NOT NULL,
                      date        TEXT NOT NULL,
                      end_date    TEXT,
                      day_from    INTEGER NOT NULL,
                      day_to      INTEGER NOT NULL,
                      approximate INTEGER NOT NULL,
                      mode        TEXT NOT NULL,
                      setting     TEXT NOT NULL,
                      event       TEXT,
                      status      TEXT NOT NULL,
                      location    TEXT,
                      summary     TEXT,
                      origin      TEXT NOT NULL,
                      dataset     TEXT,
                      source_file TEXT,
                      event_id    TEXT,
                      cameo_code  TEXT,
                      created     TEXT NOT NULL,
                      modified    TEXT NOT NULL,
                      CHECK (country_a <> country_b),
                      CHECK (day_from <= day_to))""");
            st.execute("CREATE INDEX contact_pair_day ON contact(pair, day_from)");
            st.execute("CREATE INDEX contact_day ON contact(day_from)");
            st.execute("""
                    CREATE TABLE participant (
                      contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
                      side       TEXT NOT NULL CHECK (side IN ('A', 'B')),
                      position   INTEGER NOT NULL,
                      name       TEXT,
                      title      TEXT,
                      PRIMARY KEY (contact_id, side, position))""");
            st.execute("""
                    CREATE TABLE source (
                      contact_id  INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
                      position    INTEGER NOT NULL,
                      publication TEXT,
                      title       TEXT,
                      author      TEXT,
                      url         TEXT,
                      published   TEXT,
                      accessed    TEXT,
                      quote       TEXT,
                      PRIMARY KEY (contact_id, position))""");
            st.execute("""
                    CREATE TABLE tag (
                      contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
                      position   INTEGER NOT NULL,
                      tag        TEXT NOT NULL,
                      PRIMARY KEY (contact_id, position))""");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO country (code, alpha3, name) VALUES (?, ?, ?)")) {
            for (Country country : Countries.all()) {
                ps.setString(1, country.alpha2());
                ps.setString(2, country.alpha3());
                ps.setString(3, country.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
