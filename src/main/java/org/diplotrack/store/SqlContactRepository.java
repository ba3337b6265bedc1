package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.ChangeKind;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.ContactMerge;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;

/** Contacts in SQLite: one row in {@code contact}, children in participant, source and tag. */
final class SqlContactRepository implements ContactRepository {
    /** The contacts' order in lists, exports and the timeline (the live-contacts indexes hold it). */
    private static final String BY_DAY = "day_from, id";
    private static final String COLUMNS = """
            id, country_a, level_a, portfolio_a, country_b, level_b, portfolio_b, date, end_date, approximate,
            mode, setting, event, status, location, summary, origin, dataset, source_file, event_id, cameo_code,
            created, modified""";

    private final Database db;

    SqlContactRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Contact> find(ContactFilter filter) {
        return db.read(c -> {
            Where where = Where.of(c, filter);
            return load(c, where, BY_DAY, -1, 0);
        });
    }

    @Override
    public void forEach(ContactFilter filter, Consumer<Contact> action) {
        List<Long> ids = db.read(c -> {
            Where where = Where.of(c, filter);
            return ids(c, idsQuery(where, BY_DAY, -1, 0));
        });
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            // A contact removed since the ids were read is left out.
            db.read(c -> loadByIds(c, chunk)).stream().filter(Objects::nonNull).forEach(action);
        }
    }

    @Override
    public List<Contact> page(ContactFilter filter, ContactOrder order, int offset, int limit) {
        return db.read(c -> loadByIds(c, ids(c, pageQuery(c, filter, order, offset, limit))));
    }

    /**
     * The query for the ids of one page, as {@link #page} runs it (package-private so that tests
     * can check its plan).
     */
    static Query pageQuery(Connection c, ContactFilter filter, ContactOrder order, int offset, int limit)
            throws SQLException {
        TextIndex text = Dialect.of(c).text();
        String query = text.query(filter.text());
        if (query != null && order.key() == ContactOrder.Key.DATE && isTextOnly(filter)) {
            // The index's order is the date order: read the page from it and stop.
            return new Query(text.page(order.ascending()), List.of(query, limit, offset));
        }
        Where where = Where.of(c, filter);
        return idsQuery(where, orderBy(order), limit, offset);
    }

    /** Words and nothing else: the index alone answers. */
    private static boolean isTextOnly(ContactFilter filter) {
        return filter.text() != null && filter.equals(ContactFilter.ALL.withText(filter.text()));
    }

    /**
     * The marks are read first, one more than the limit; only when that one is there are the
     * matches counted: one pass over the matches instead of two, in one snapshot. (Measured at
     * a million on PostgreSQL the second pass cost little, 2 %: it met warm pages; benchmarks.md.)
     */
    @Override
    public ContactMarks marks(ContactFilter filter, int limit) {
        ContactMarks read = db.read(c -> {
            MarksBuffer marks = new MarksBuffer();
            Query query = marksQuery(c, filter, limit + 1);
            try (PreparedStatement ps = c.prepareStatement(query.sql())) {
                bind(ps, query.params().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        marks.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5));
                    }
                }
            }
            return marks.toMarks(limit, marks.size() <= limit ? marks.size() : -1);
        });
        return read.total() >= 0 ? read : read.withTotal(count(filter));
    }

    /** The query {@link #marks} runs for at most {@code n} marks (package-private for plan tests). */
    static Query marksQuery(Connection c, ContactFilter filter, int n) throws SQLException {
        Where where = Where.of(c, filter);
        // Level, mode, status and the approximate flag come packed in one integer (see
        // MarksCodes): a quarter of the column reads of a million rows.
        return new Query("SELECT id, day_from, day_to, " + MarksCodes.PACKED + ", pair FROM " + where.table() + " WHERE "
                + where.sql() + " ORDER BY " + BY_DAY + " LIMIT " + n, where.params());
    }

    @Override
    public int count(ContactFilter filter) {
        return db.read(c -> {
            Query count = countQuery(c, filter);
            try (PreparedStatement ps = c.prepareStatement(count.sql())) {
                bind(ps, count.params().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The query {@link #count(ContactFilter)} runs (package-private for plan tests). */
    static Query countQuery(Connection c, ContactFilter filter) throws SQLException {
        // The text index holds exactly the contacts not in the trash, so a search for words
        // alone is counted by the index without visiting a row.
        TextIndex text = Dialect.of(c).text();
        String query = text.query(filter.text());
        if (query != null && isTextOnly(filter)) {
            return new Query(text.count(), List.of(query));
        }
        if (filter.equals(ContactFilter.ALL)) {
            // Every contact outside the trash is counted in its pair's row: the window's "of M"
            // reads 1,770 rows instead of an index of a million.
            return new Query("SELECT coalesce(sum(contacts), 0) FROM pair_stats", List.of());
        }
        Where where = Where.of(c, filter);
        return new Query("SELECT count(*) FROM " + where.table() + " WHERE " + where.sql(), where.params());
    }

    @Override
    public Optional<Contact> get(long id) {
        return db.read(c -> load(c, "id = ? AND deleted IS NULL", List.of(id), "id", -1, 0)).stream().findFirst();
    }

    @Override
    public int count() {
        return count(ContactFilter.ALL);
    }

    @Override
    public List<Contact> trash() {
        return db.read(c -> load(c, "deleted IS NOT NULL", List.of(), "deleted DESC, id", -1, 0));
    }

    @Override
    public List<Contact> findSimilar(Contact contact) {
        long day = contact.date().firstDay().toEpochDay();
        return db.read(c -> load(c, "deleted IS NULL AND pair = ? AND day_from BETWEEN ? AND ? AND mode = ? "
                        + "AND level = ? AND id <> ?",
                List.of(contact.dyad().code(), day - 3, day + 3, contact.mode().code(), contact.level().code(),
                        contact.id()), BY_DAY, -1, 0));
    }

    @Override
    public List<Contact> findMatchingReports(Contact contact) {
        if (!ContactMerge.offersMatches(contact)) {
            return List.of();
        }
        long first = contact.date().firstDay().toEpochDay();
        long last = contact.lastDate().lastDay().toEpochDay();
        return db.read(c -> load(c, "deleted IS NULL AND pair = ? AND day_from BETWEEN ? AND ? "
                        + "AND origin = 'dataset-import' AND id <> ?",
                List.of(contact.dyad().code(), first - 1, last + 1, contact.id()), BY_DAY, -1, 0));
    }

    private static String orderBy(ContactOrder order) {
        String direction = order.ascending() ? " ASC" : " DESC";
        String key = switch (order.key()) {
            case DATE -> "day_from";
            case COUNTRIES -> "pair";
            case LEVEL -> "level_rank";
            case MODE -> "mode";
            case STATUS -> "status";
        };
        return key + direction + (order.key() == ContactOrder.Key.DATE ? ", id" + direction : ", day_from, id");
    }

    /** The pair list's query, as {@link #dyads} runs it. */
    static final String DYADS = "SELECT pair, contacts, first_day, last_day FROM pair_stats ORDER BY contacts DESC, pair";

    @Override
    public List<DyadActivity> dyads() {
        return db.read(c -> {
            List<DyadActivity> result = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(DYADS)) {
                while (rs.next()) {
                    result.add(new DyadActivity(Dyad.parse(rs.getString(1)), rs.getInt(2),
                            LocalDate.ofEpochDay(rs.getLong(3)), LocalDate.ofEpochDay(rs.getLong(4))));
                }
            }
            return result;
        });
    }

    @Override
    public Contact insert(Contact contact) {
        return insertAll(List.of(contact)).get(0);
    }

    @Override
    public List<Contact> insertAll(List<Contact> contacts) {
        return db.inTransaction(c -> {
            List<Contact> stored = insertAll(c, contacts);
            for (Contact contact : stored) {
                db.history().record(c, ChangeKind.CREATE, contact.id(), null, contact);
            }
            return stored;
        });
    }

    @Override
    public List<Change> history(ChangeFilter filter) {
        return db.read(c -> ChangeLog.find(c, filter));
    }

    @Override
    public ImportCounts importAll(Iterator<Contact> contacts, boolean merge, BooleanSupplier cancelled) {
        // A verified backup first (decision 0013): an import can bring in a great deal at once.
        db.backUp();
        return db.inTransaction(c -> BulkImport.run(c, contacts, merge, db.history(), cancelled));
    }

    @Override
    public Contact update(Contact contact) {
        return db.inTransaction(c -> {
            // The stored version: its creation time is kept, and the history compares against it.
            Dialect.of(c).lockRow(c, "contact", contact.id());
            List<Contact> found = loadByIds(c, List.of(contact.id()));
            Contact before = found.isEmpty() || inTrash(c, contact.id()) ? null : found.get(0);
            refuseConflict(c, contact, before);
            List<String> oldPairs = PairStats.pairsOf(c, List.of(contact.id()));
            PairStats.lock(c, Stream.concat(oldPairs.stream(), Stream.of(contact.dyad().code())).toList());
            deleteRows(c, List.of(contact.id()));
            Contact replacement = contact.withId(contact.id(), before.created(), later(before.modified()));
            Contact stored = insertAll(c, List.of(replacement)).get(0);
            PairStats.refresh(c, oldPairs);
            db.history().record(c, ChangeKind.EDIT, stored.id(), before, stored);
            return stored;
        });
    }

    /**
     * An edit names the version it was made from by its {@code modified} time; a contact stored
     * since under another, or gone, is someone else's change, which the edit must not undo
     * unseen. (An edit without a version, of a contact built by hand, is not checked.)
     */
    private static void refuseConflict(Connection c, Contact mine, Contact stored) throws SQLException {
        if (stored == null) {
            throw new EditConflictException(Localization.text("store.error.conflict.gone", mine.title()), mine, null);
        }
        if (mine.modified() != null && !mine.modified().equals(stored.modified())) {
            List<Change> last = ChangeLog.find(c, new ChangeFilter(mine.id(), null, null, 1));
            String who = last.isEmpty() ? "?" : last.get(0).who();
            throw new EditConflictException(Localization.text("store.error.conflict", mine.title(), who,
                    Date.from(stored.modified())), mine, stored);
        }
    }

    /** Now, or just after {@code stored} when that is not earlier: each version has its own time. */
    private static Instant later(Instant stored) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return now.isAfter(stored) ? now : stored.plusMillis(1);
    }

    private static boolean inTrash(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted IS NOT NULL FROM contact WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void moveToTrash(Collection<Long> ids) {
        db.inTransaction(c -> {
            setDeleted(c, ids, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            PairStats.refresh(c, PairStats.pairsOf(c, ids));
            Dialect.of(c).text().delete(c, ids);
            db.history().recordEach(c, ChangeKind.TRASH, ids);
            return null;
        });
    }

    @Override
    public void restore(Collection<Long> ids) {
        db.inTransaction(c -> {
            setDeleted(c, ids, null);
            PairStats.refresh(c, PairStats.pairsOf(c, ids));
            List<Contact> restored = load(c, "id IN (" + Where.placeholders(ids.size()) + ")", List.copyOf(ids), "id",
                    -1, 0);
            TextIndex text = Dialect.of(c).text();
            text.delete(c, ids); // restoring twice must not index twice
            try (PreparedStatement insert = c.prepareStatement(text.insert())) {
                for (Contact contact : restored) {
                    text.bind(insert, ContactText.Row.of(contact.id(), contact));
                    insert.executeUpdate();
                }
            }
            db.history().recordEach(c, ChangeKind.RESTORE, ids);
            return null;
        });
    }

    private static void setDeleted(Connection c, Collection<Long> ids, String when) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET deleted = ? WHERE id = ?")) {
            for (long id : ids) {
                bind(ps, when, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void purge(Collection<Long> ids) {
        db.inTransaction(c -> {
            List<String> pairs = PairStats.pairsOf(c, ids);
            // The history keeps what is purged: it is the one place it can still be read.
            List<Contact> purged = loadByIds(c, List.copyOf(ids));
            deleteRows(c, ids);
            PairStats.refresh(c, pairs);
            for (Contact contact : purged) {
                if (contact != null) {
                    db.history().record(c, ChangeKind.PURGE, contact.id(), contact, null);
                }
            }
            return null;
        });
    }

    /** Deletes contacts with their children (by cascade) and their text index entries. */
    static void deleteRows(Connection c, Collection<Long> ids) throws SQLException {
        Dialect.of(c).text().delete(c, ids);
        try (PreparedStatement row = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
            for (long id : ids) {
                row.setLong(1, id);
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    /** Inserts within the caller's transaction. */
    static List<Contact> insertAll(Connection c, List<Contact> contacts) throws SQLException {
        List<Contact> stored = new ArrayList<>(contacts.size());
        try (ContactInserter inserter = new ContactInserter(c)) {
            for (Contact contact : contacts) {
                stored.add(inserter.insert(contact, contact.id()));
            }
        }
        PairStats.refresh(c, contacts.stream().map(k -> k.dyad().code()).distinct().toList());
        return stored;
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                // Of no type: PostgreSQL takes the column's (a VARCHAR null cannot go into an integer).
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** Ids are looked up in chunks of this size: below SQLite's limit on bound parameters. */
    private static final int CHUNK = 5_000;

    /**
     * Loads the contacts matching {@code where}, in {@code orderBy}; {@code limit} -1 means all.
     * The filter runs once, for the ids; rows and children are then read by id.
     */
    private static List<Contact> load(Connection c, String where, List<Object> params, String orderBy, int limit,
                                      int offset) throws SQLException {
        return load(c, new Where("contact", where, params), orderBy, limit, offset);
    }

    private static List<Contact> load(Connection c, Where where, String orderBy, int limit, int offset)
            throws SQLException {
        return loadByIds(c, ids(c, idsQuery(where, orderBy, limit, offset)));
    }

    /** The ids of the contacts matching {@code where}, in {@code orderBy}; {@code limit} -1 means all. */
    private static Query idsQuery(Where where, String orderBy, int limit, int offset) {
        return new Query("SELECT id FROM " + where.table() + " WHERE " + where.sql() + " ORDER BY " + orderBy
                + (limit < 0 ? "" : " LIMIT " + limit) + (offset == 0 ? "" : " OFFSET " + offset), where.params());
    }

    /** Runs a query whose first column is a contact id. */
    private static List<Long> ids(Connection c, Query query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(query.sql())) {
            bind(ps, query.params().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Reads the contacts with these ids, in this order. */
    static List<Contact> loadByIds(Connection c, List<Long> ids) throws SQLException {
        return loadByIds(c, ids, true);
    }

    /**
     * Reads the contacts with these ids, in this order; without their reports for a migration
     * step that runs before schema 9 made the report table.
     */
    static List<Contact> loadByIds(Connection c, List<Long> ids, boolean withReports) throws SQLException {
        Map<Long, Contact> byId = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = " IN (" + Where.placeholders(chunk.size()) + ")";
            Object[] keys = chunk.toArray();
            Map<Long, List<Participant>[]> participants = loadParticipants(c, in, keys);
            Map<Long, List<Source>> sources = loadSources(c, in, keys);
            Map<Long, List<String>> tags = loadTags(c, in, keys);
            Map<Long, List<Report>> reports = withReports ? ReportRows.load(c, in, keys) : Map.of();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM contact WHERE id" + in)) {
                bind(ps, keys);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        byId.put(id, readContact(rs, participants.getOrDefault(id, emptySides()),
                                sources.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
                                reports.getOrDefault(id, List.of())));
                    }
                }
            }
        }
        List<Contact> result = new ArrayList<>(ids.size());
        for (long id : ids) {
            result.add(byId.get(id));
        }
        return result;
    }

    private static Contact readContact(ResultSet rs, List<Participant>[] sides, List<Source> sources,
                                       List<String> tags, List<Report> reports) throws SQLException {
        Side a = new Side(Countries.lookup(rs.getString("country_a")), Level.fromCode(rs.getString("level_a")),
                rs.getString("portfolio_a"), sides[0]);
        Side b = new Side(Countries.lookup(rs.getString("country_b")), Level.fromCode(rs.getString("level_b")),
                rs.getString("portfolio_b"), sides[1]);
        Setting setting = new Setting(Setting.Kind.fromCode(rs.getString("setting")), rs.getString("event"));
        Provenance provenance = new Provenance(Provenance.Origin.fromCode(rs.getString("origin")),
                rs.getString("dataset"), rs.getString("source_file"), rs.getString("event_id"),
                rs.getString("cameo_code"));
        String endDate = rs.getString("end_date");
        return new Contact(rs.getLong("id"), a, b, PartialDate.parse(rs.getString("date")),
                endDate == null ? null : PartialDate.parse(endDate), rs.getInt("approximate") != 0,
                Mode.fromCode(rs.getString("mode")), setting, Status.fromCode(rs.getString("status")),
                rs.getString("location"), rs.getString("summary"), tags, sources, provenance, reports,
                Instant.parse(rs.getString("created")), Instant.parse(rs.getString("modified")));
    }

    @SuppressWarnings("unchecked")
    private static List<Participant>[] emptySides() {
        return new List[] {List.of(), List.of()};
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, List<Participant>[]> loadParticipants(Connection c, String in, Object[] ids)
            throws SQLException {
        Map<Long, List<Participant>[]> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contact_id, side, name, title FROM participant"
                + " WHERE contact_id" + in + " ORDER BY contact_id, side, position")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Participant>[] sides = result.computeIfAbsent(rs.getLong(1),
                            k -> new List[] {new ArrayList<>(), new ArrayList<>()});
                    sides["A".equals(rs.getString(2)) ? 0 : 1].add(new Participant(rs.getString(3), rs.getString(4)));
                }
            }
        }
        return result;
    }

    private static Map<Long, List<Source>> loadSources(Connection c, String in, Object[] ids)
            throws SQLException {
        return loadSources(c, "source", "contact_id", in, ids);
    }

    /**
     * The sources of the records {@code ids}, in order, from {@code table} keyed by {@code owner}
     * (a contact's or a mission's: both tables have the same columns). Table and column are the
     * store's own names, never input.
     */
    static Map<Long, List<Source>> loadSources(Connection c, String table, String owner, String in, Object[] ids)
            throws SQLException {
        Map<Long, List<Source>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + owner
                + ", publication, title, author, url, published, accessed, quote FROM " + table
                + " WHERE " + owner + in + " ORDER BY " + owner + ", position")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(6);
                    String accessed = rs.getString(7);
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Source(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            published == null ? null : PartialDate.parse(published),
                            accessed == null ? null : LocalDate.parse(accessed), rs.getString(8)));
                }
            }
        }
        return result;
    }

    private static Map<Long, List<String>> loadTags(Connection c, String in, Object[] ids)
            throws SQLException {
        Map<Long, List<String>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contact_id, tag FROM tag WHERE contact_id" + in
                + " ORDER BY contact_id, position")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return result;
    }

    /** SQL with the values for its parameters, in order. */
    record Query(String sql, List<Object> params) {
        Query {
            params = List.copyOf(params);
        }
    }

    /** A WHERE clause built from a filter, with its parameters; never concatenates user text. */
    private record Where(String table, String sql, List<Object> params) {
        static Where of(Connection c, ContactFilter f) throws SQLException {
            List<String> terms = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            terms.add("deleted IS NULL");
            Set<Dyad> dyads = f.dyads();
            if (dyads.size() == 1) {
                terms.add("pair = ?");
                params.add(f.dyad().code());
            } else if (!dyads.isEmpty()) {
                terms.add("pair IN (" + placeholders(dyads.size()) + ")");
                dyads.stream().map(Dyad::code).sorted().forEach(params::add);
            }
            if (!f.pairs().isEmpty()) {
                terms.add("pair IN (" + placeholders(f.pairs().size()) + ")");
                f.pairs().stream().map(Dyad::code).sorted().forEach(params::add);
            }
            if (f.from() != null) {
                long from = f.from().firstDay().toEpochDay();
                terms.add("day_to >= ?");
                params.add(from);
                // No contact is longer than the longest on record: this bound lets the date index
                // skip everything that ended before the range, not just what starts after it.
                terms.add("day_from >= ?");
                params.add(from - PairStats.maxSpan(c, dyads.size() == 1 ? f.dyad() : null));
            }
            if (f.to() != null) {
                terms.add("day_from <= ?");
                params.add(f.to().lastDay().toEpochDay());
            }
            if (!f.levels().isEmpty()) {
                terms.add("level IN (" + placeholders(f.levels().size()) + ")");
                f.levels().forEach(l -> params.add(l.code()));
            }
            if (!f.statuses().isEmpty()) {
                terms.add("status IN (" + placeholders(f.statuses().size()) + ")");
                f.statuses().forEach(s -> params.add(s.code()));
            }
            Set<Country> countries = f.countries();
            if (countries.size() == 1) {
                terms.add("(country_a = ? OR country_b = ?)");
                params.add(f.country().alpha2());
                params.add(f.country().alpha2());
            } else if (!countries.isEmpty()) {
                String in = " IN (" + placeholders(countries.size()) + ")";
                terms.add("(country_a" + in + " OR country_b" + in + ")");
                for (int side = 0; side < 2; side++) {
                    countries.stream().map(Country::alpha2).sorted().forEach(params::add);
                }
            }
            if (!f.modes().isEmpty()) {
                terms.add("mode IN (" + placeholders(f.modes().size()) + ")");
                f.modes().forEach(m -> params.add(m.code()));
            }
            if (f.minSources() > 1) {
                terms.add("source_count >= ?");
                params.add(f.minSources());
            }
            if (f.rootOnly()) {
                terms.add("(root IS NULL OR root <> 0)");
            }
            if (f.doubts() != org.diplotrack.model.Doubts.ANY) {
                terms.add(f.doubts() == org.diplotrack.model.Doubts.ONLY ? "doubtful = 1" : "doubtful = 0");
            }
            if (f.tag() != null) {
                terms.add("id IN (SELECT contact_id FROM tag WHERE tag = ?)");
                params.add(f.tag());
            }
            TextIndex text = Dialect.of(c).text();
            String query = text.query(f.text());
            if (query != null) {
                terms.add("id IN (" + text.matchingIds() + ")");
                params.add(query);
            }
            boolean severalPairs = dyads.size() > 1 || !f.pairs().isEmpty();
            return new Where(severalPairs ? Dialect.of(c).severalPairs() : "contact", String.join(" AND ", terms), params);
        }

        static String placeholders(int n) {
            return String.join(", ", Collections.nCopies(n, "?"));
        }
    }
}
