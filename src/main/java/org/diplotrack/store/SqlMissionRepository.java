package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Missions;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Source;

/** Missions in SQLite: one row in {@code missions}, their sources in {@code mission_sources}. */
final class SqlMissionRepository implements MissionRepository {
    private static final String COLUMNS = """
            id, sending, receiving, head, title, rank, date_from, date_to, end_reason, notes, origin, dataset,
            source_file, event_id, created, modified""";
    private static final String BY_DAY = "day_from, id";
    /** Missions are read by id in chunks of this size: below SQLite's limit on bound parameters. */
    private static final int CHUNK = 5_000;
    private static final int BATCH = 1_000;

    private final Database db;

    SqlMissionRepository(Database db) {
        this.db = db;
    }

    @Override
    public Mission add(Mission mission) {
        return db.inTransaction(c -> {
            try (Inserter inserter = new Inserter(c)) {
                return inserter.insert(mission, mission.id(), ImportKey.of(mission));
            }
        });
    }

    @Override
    public Mission update(Mission mission) {
        return db.inTransaction(c -> {
            Instant created;
            try (PreparedStatement ps = c.prepareStatement("SELECT created FROM missions WHERE id = ?")) {
                ps.setLong(1, mission.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("mission " + mission.id() + " is no longer in the database");
                    }
                    created = Instant.parse(rs.getString(1));
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Mission stored = mission.withId(mission.id(), created, now);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE missions SET sending = ?, receiving = ?, head = ?, title = ?, rank = ?, date_from = ?,
                      date_to = ?, day_from = ?, day_to = ?, end_reason = ?, notes = ?, origin = ?, dataset = ?,
                      source_file = ?, event_id = ?, import_key = ?, modified = ?
                    WHERE id = ?""")) {
                Provenance p = stored.provenance();
                SqlContactRepository.bind(ps, stored.sending().alpha2(), stored.receiving().alpha2(), stored.head(),
                        stored.title(), stored.rank().code(), stored.from().toString(), text(stored.to()),
                        stored.firstDay().toEpochDay(), stored.to() == null ? null : stored.to().lastDay().toEpochDay(),
                        stored.end() == null ? null : stored.end().code(), stored.notes(), p.origin().code(),
                        p.dataset(), p.file(), p.eventId(), ImportKey.of(stored), now.toString(), stored.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mission_sources WHERE mission_id = ?")) {
                ps.setLong(1, stored.id());
                ps.executeUpdate();
            }
            try (Inserter inserter = new Inserter(c)) {
                inserter.insertSources(stored.id(), stored.sources());
            }
            return stored;
        });
    }

    @Override
    public void moveToTrash(Collection<Long> ids) {
        setDeleted(ids, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    @Override
    public void restore(Collection<Long> ids) {
        setDeleted(ids, null);
    }

    private void setDeleted(Collection<Long> ids, String when) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE missions SET deleted = ? WHERE id = ?")) {
                for (long id : ids) {
                    SqlContactRepository.bind(ps, when, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void purge(Collection<Long> ids) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM missions WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Mission> get(long id) {
        return db.read(c -> load(c, "id = ? AND deleted IS NULL", List.of(id), "id")).stream().findFirst();
    }

    @Override
    public List<Mission> forPair(Dyad dyad) {
        return db.read(c -> loadByIds(c, ids(c, pairQuery(dyad))));
    }

    /**
     * The ids of a pair's live missions, both ways, by first day. {@code IN} on both columns makes
     * two lookups of the pair index (a mission never goes from a country to itself); ordering by
     * {@code day_from + 0} keeps the planner from reading every mission in the day index's order
     * to spare a sort of a few dozen rows (QueryPlanTest).
     */
    static SqlContactRepository.Query pairQuery(Dyad dyad) {
        String a = dyad.first().alpha2();
        String b = dyad.second().alpha2();
        return new SqlContactRepository.Query("SELECT m.id FROM missions m WHERE deleted IS NULL"
                + " AND sending IN (?, ?) AND receiving IN (?, ?) ORDER BY day_from + 0, id", List.of(a, b, a, b));
    }

    @Override
    public List<Mission> all() {
        return db.read(c -> load(c, "deleted IS NULL", List.of(), BY_DAY));
    }

    @Override
    public List<Mission> inPost(LocalDate day) {
        long d = day.toEpochDay();
        // In post on the day: begun by then and not ended before it; one without an end date
        // lasts until a later one of the same side begins (Missions' rule), so it is left out
        // when one has begun by the day.
        List<Mission> candidates = db.read(c -> load(c, """
                m.deleted IS NULL AND m.day_from <= ? AND (m.day_to >= ? OR (m.day_to IS NULL AND NOT EXISTS (
                  SELECT 1 FROM missions n WHERE n.deleted IS NULL AND n.sending = m.sending
                    AND n.receiving = m.receiving AND n.day_from > m.day_from AND n.day_from <= ?)))""",
                List.of(d, d, d), "m.sending, m.receiving, m.day_from, m.id"));
        Map<String, List<Mission>> bySide = new LinkedHashMap<>();
        for (Mission m : candidates) {
            bySide.computeIfAbsent(m.sending().alpha2() + ">" + m.receiving().alpha2(), k -> new ArrayList<>()).add(m);
        }
        List<Mission> result = new ArrayList<>();
        for (List<Mission> side : bySide.values()) {
            Missions.inPost(side, side.get(0).sending(), side.get(0).receiving(), day).ifPresent(result::add);
        }
        result.sort((x, y) -> {
            int byPair = x.dyad().compareTo(y.dyad());
            return byPair != 0 ? byPair : x.sending().compareTo(y.sending());
        });
        return result;
    }

    @Override
    public List<Mission> trash() {
        return db.read(c -> load(c, "deleted IS NOT NULL", List.of(), "deleted DESC, id"));
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM missions WHERE deleted IS NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public ImportCounts importAll(Iterator<Mission> missions, BooleanSupplier cancelled) {
        // A verified backup first (decision 0013), as for contacts.
        db.backUp();
        return db.inTransaction(c -> {
            long added = 0;
            long present = 0;
            long nextId = Dialect.of(c).firstFreeId(c, "missions");
            Set<String> keys = new HashSet<>();
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM missions WHERE import_key = ? LIMIT 1");
                 Inserter inserter = new Inserter(c)) {
                long seen = 0;
                while (missions.hasNext()) {
                    if (seen++ % BATCH == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("the import was cancelled");
                    }
                    Mission m = missions.next();
                    String key = ImportKey.of(m);
                    boolean known = keys.contains(key);
                    if (!known) {
                        exists.setString(1, key);
                        try (ResultSet rs = exists.executeQuery()) {
                            known = rs.next();
                        }
                    }
                    if (known) {
                        present++;
                    } else {
                        inserter.insert(m, nextId++, key);
                        keys.add(key);
                        added++;
                    }
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the import was cancelled");
            }
            Dialect.of(c).idsTaken(c, "missions");
            return new ImportCounts(added, present);
        });
    }

    /** The missions matching {@code where} (on table alias {@code m}), in {@code orderBy}. */
    private static List<Mission> load(Connection c, String where, List<Object> params, String orderBy)
            throws SQLException {
        return loadByIds(c, ids(c, new SqlContactRepository.Query(
                "SELECT m.id FROM missions m WHERE " + where + " ORDER BY " + orderBy, params)));
    }

    private static List<Long> ids(Connection c, SqlContactRepository.Query query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(query.sql())) {
            SqlContactRepository.bind(ps, query.params().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The missions with these ids, in this order. */
    private static List<Mission> loadByIds(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Mission> byId = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            Object[] keys = chunk.toArray();
            Map<Long, List<Source>> sources = loadSources(c, in, keys);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM missions WHERE id" + in)) {
                SqlContactRepository.bind(ps, keys);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        byId.put(id, read(rs, sources.getOrDefault(id, List.of())));
                    }
                }
            }
        }
        List<Mission> result = new ArrayList<>(ids.size());
        for (long id : ids) {
            result.add(byId.get(id));
        }
        return result;
    }

    private static Mission read(ResultSet rs, List<Source> sources) throws SQLException {
        String to = rs.getString("date_to");
        String end = rs.getString("end_reason");
        Country sending = Countries.lookup(rs.getString("sending"));
        Country receiving = Countries.lookup(rs.getString("receiving"));
        Provenance provenance = new Provenance(Provenance.Origin.fromCode(rs.getString("origin")),
                rs.getString("dataset"), rs.getString("source_file"), rs.getString("event_id"), null);
        return new Mission(rs.getLong("id"), sending, receiving, rs.getString("head"), rs.getString("title"),
                MissionRank.fromCode(rs.getString("rank")), PartialDate.parse(rs.getString("date_from")),
                to == null ? null : PartialDate.parse(to), end == null ? null : MissionEnd.fromCode(end),
                rs.getString("notes"), sources, provenance, Instant.parse(rs.getString("created")),
                Instant.parse(rs.getString("modified")));
    }

    private static Map<Long, List<Source>> loadSources(Connection c, String in, Object[] ids) throws SQLException {
        return SqlContactRepository.loadSources(c, "mission_sources", "mission_id", in, ids);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Inserts missions with their sources through statements prepared once, in the caller's transaction. */
    private static final class Inserter implements AutoCloseable {
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        private final PreparedStatement row;
        private final PreparedStatement source;

        Inserter(Connection c) throws SQLException {
            row = c.prepareStatement("""
                    INSERT INTO missions (id, sending, receiving, head, title, rank, date_from, date_to, day_from,
                      day_to, end_reason, notes, origin, dataset, source_file, event_id, import_key, created, modified)
                    VALUES (""" + Dialect.of(c).idOrNew("missions")
                    + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            source = c.prepareStatement("""
                    INSERT INTO mission_sources (mission_id, position, publication, title, author, url, published,
                      accessed, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        }

        /** Inserts one mission; {@code id} 0 lets the database choose. */
        Mission insert(Mission m, long id, String importKey) throws SQLException {
            Instant created = m.created() == null ? now : m.created();
            Instant modified = m.modified() == null ? now : m.modified();
            Provenance p = m.provenance();
            SqlContactRepository.bind(row, id == 0 ? null : id, m.sending().alpha2(), m.receiving().alpha2(),
                    m.head(), m.title(), m.rank().code(), m.from().toString(), text(m.to()), m.firstDay().toEpochDay(),
                    m.to() == null ? null : m.to().lastDay().toEpochDay(), m.end() == null ? null : m.end().code(),
                    m.notes(), p.origin().code(), p.dataset(), p.file(), p.eventId(), importKey, created.toString(),
                    modified.toString());
            row.executeUpdate();
            long stored = id;
            if (stored == 0) {
                try (ResultSet keys = row.getGeneratedKeys()) {
                    keys.next();
                    stored = keys.getLong(1);
                }
            }
            insertSources(stored, m.sources());
            return m.withId(stored, created, modified);
        }

        void insertSources(long id, List<Source> sources) throws SQLException {
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                SqlContactRepository.bind(source, id, i, s.publication(), s.title(), s.author(), s.url(),
                        text(s.published()), text(s.accessed()), s.quote());
                source.executeUpdate();
            }
        }

        @Override
        public void close() throws SQLException {
            try (row; source) {
                // closes both, even when one fails
            }
        }
    }
}
