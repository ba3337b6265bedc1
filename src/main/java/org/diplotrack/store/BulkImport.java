package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplotrack.model.ChangeKind;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactMerge;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Report;

/**
 * Stores a stream of imported contacts inside the caller's transaction: contacts whose
 * {@link ImportKey} is already on record (from before, or earlier in the same stream) are
 * counted and left out; ids are handed out here, so no generated-key query runs per row, and
 * rows are written in batches of {@value #BATCH} (one native call per statement and batch). The
 * cancel flag is read once per batch; cancelling throws, and the caller's transaction rolls back.
 */
final class BulkImport {
    static final int BATCH = 1_000;

    private BulkImport() {
    }

    /**
     * Contacts to merge held in memory before they are written: as many as 70% of the heap holds
     * at about 1 KB each (measured with jmap: 157 MB live for 166,000 held GDELT contacts), so a
     * large file cannot run the heap out. Past it, the buckets so far are written and later
     * reports join them as contacts on record (rewritten, which is slower: the bound is as high
     * as the heap allows; 188,000 under -Xmx256m).
     */
    static final int MERGE_HOLD = (int) Math.max(10_000, Runtime.getRuntime().maxMemory() * 7 / 10 / 1_000);

    static ImportCounts run(Connection c, Iterator<Contact> contacts, boolean merge, ChangeLog history,
                            BooleanSupplier cancelled) throws SQLException {
        return run(c, contacts, merge, MERGE_HOLD, history, cancelled);
    }

    /** As {@link #run(Connection, Iterator, boolean, BooleanSupplier)}, holding at most {@code hold} contacts to merge. */
    static ImportCounts run(Connection c, Iterator<Contact> contacts, boolean merge, int hold, ChangeLog history,
                            BooleanSupplier cancelled) throws SQLException {
        Dialect dialect = Dialect.of(c);
        return dialect.bulk(c, k -> {
            ImportCounts counts = insert(k, contacts, merge, hold, history, cancelled);
            dialect.idsTaken(k, "contact");
            return counts;
        });
    }

    private static ImportCounts insert(Connection c, Iterator<Contact> contacts, boolean merge, int hold,
                                       ChangeLog history, BooleanSupplier cancelled) throws SQLException {
        long firstId = Dialect.of(c).firstFreeId(c, "contact");
        long nextId = firstId;
        long added = 0;
        long present = 0;
        long rows = 0;
        long joined = 0;
        Set<String> pairs = new HashSet<>();
        // Buckets of contacts to merge, written when every row is read or {@code hold} are held: a
        // report may join any contact of its day, wherever in the file it comes, and one written
        // already is joined as a contact on record.
        Map<String, List<Contact>> buckets = new LinkedHashMap<>();
        int held = 0;
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM contact WHERE import_key = ? LIMIT 1");
             PreparedStatement reported = c.prepareStatement(ReportRows.KNOWN);
             ContactInserter inserter = new ContactInserter(c, true)) {
            // Keys of this import's contacts and reports: those of the current batch are not yet visible to the queries.
            Set<String> queued = new HashSet<>();
            long seen = 0;
            while (true) {
                boolean more = contacts.hasNext();
                if (held >= hold || !more) {
                    inserter.flush();
                    Merged merged = writeBuckets(c, buckets, inserter, nextId, firstId, history, cancelled);
                    nextId += merged.added;
                    added += merged.added;
                    joined += merged.joined;
                    pairs.addAll(merged.pairs);
                    buckets.clear();
                    held = 0;
                    if (!more) {
                        break;
                    }
                }
                if (seen++ % BATCH == 0) {
                    inserter.flush();
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the import was cancelled");
                    }
                }
                Contact contact = contacts.next();
                rows++;
                if (!contact.reports().isEmpty()) {
                    List<Report> fresh = new ArrayList<>(contact.reports().size());
                    for (Report r : contact.reports()) {
                        String key = ImportKey.of(r);
                        if (queued.add(key) && !knownReport(reported, r, key)) {
                            fresh.add(r);
                        }
                    }
                    if (fresh.isEmpty()) {
                        present++;
                        rows--;
                        continue;
                    }
                    contact = contact.withReports(fresh);
                    if (merge && ContactMerge.mergeable(contact)) {
                        buckets.computeIfAbsent(ContactMerge.bucket(contact), k -> new ArrayList<>()).add(contact);
                        held++;
                        continue;
                    }
                } else {
                    String key = ImportKey.of(contact);
                    if (!queued.add(key) || known(exists, key)) {
                        present++;
                        rows--;
                        continue;
                    }
                }
                inserter.insert(contact, nextId++, ImportKey.of(contact));
                pairs.add(contact.dyad().code());
                added++;
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the import was cancelled");
        }
        PairStats.refresh(c, pairs);
        history.recordImport(c, firstId, nextId - 1);
        return new ImportCounts(added, present, rows, joined);
    }

    private record Merged(long added, long joined, Set<String> pairs) {
    }

    /**
     * Merges each bucket's contacts with the dataset contacts on record for the same pair, day
     * and status ({@link ContactMerge}): a group with a contact on record rewrites it under its
     * id, a group without one is a new contact. A contact this import wrote (id from
     * {@code importStart}) that takes more reports is not counted as one on record that joined.
     */
    private static Merged writeBuckets(Connection c, Map<String, List<Contact>> buckets, ContactInserter inserter,
                                       long firstId, long importStart, ChangeLog history,
                                       BooleanSupplier cancelled) throws SQLException {
        long nextId = firstId;
        long added = 0;
        long joined = 0;
        Set<String> pairs = new HashSet<>();
        long done = 0;
        try (PreparedStatement onRecord = c.prepareStatement(ON_RECORD)) {
            for (List<Contact> bucket : buckets.values()) {
                if (done++ % BATCH == 0) {
                    inserter.flush();
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the import was cancelled");
                    }
                }
                Contact first = bucket.get(0);
                List<Contact> anchors = anchors(c, onRecord, first);
                for (ContactMerge.Group g : ContactMerge.group(anchors, bucket)) {
                    Contact merged = g.combined();
                    if (g.anchor() == null) {
                        inserter.insert(merged, nextId++, ImportKey.of(merged));
                        added++;
                    } else {
                        // Rewritten under its id, created kept: its old rows go first.
                        inserter.flush();
                        SqlContactRepository.deleteRows(c, List.of(g.anchor().id()));
                        inserter.insert(merged.withId(g.anchor().id(), g.anchor().created(), null),
                                g.anchor().id(), ImportKey.of(merged));
                        inserter.flush();
                        if (g.anchor().id() < importStart) {
                            // A contact on record took reports: its history says which.
                            history.record(c, ChangeKind.IMPORT, g.anchor().id(), g.anchor(), merged);
                            joined++;
                        }
                    }
                    pairs.add(merged.dyad().code());
                }
            }
            inserter.flush();
        }
        return new Merged(added, joined, pairs);
    }

    /**
     * Live dataset contacts on record that a contact's reports may join, found through the pair
     * index (one seek per bucket; without {@code deleted IS NULL} it was a table scan per bucket).
     * A contact in the trash takes no new reports: joining would bring it back unasked.
     */
    static final String ON_RECORD = """
            SELECT id FROM contact
            WHERE deleted IS NULL AND pair = ? AND day_from = ? AND day_to = ? AND status = ?
              AND origin = 'dataset-import' AND setting = ? AND event IS NOT DISTINCT FROM ? AND date = ?
            ORDER BY id""";

    private static List<Contact> anchors(Connection c, PreparedStatement onRecord, Contact like) throws SQLException {
        long day = like.date().firstDay().toEpochDay();
        SqlContactRepository.bind(onRecord, like.dyad().code(), day, day, like.status().code(),
                like.setting().kind().code(), like.setting().event(), like.date().toString());
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = onRecord.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.isEmpty() ? List.of() : SqlContactRepository.loadByIds(c, ids);
    }

    private static boolean known(PreparedStatement exists, String key) throws SQLException {
        exists.setString(1, key);
        return anyRow(exists);
    }

    private static boolean knownReport(PreparedStatement known, Report r, String key) throws SQLException {
        ReportRows.bindKnown(known, r, key);
        return anyRow(known);
    }

    private static boolean anyRow(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            return rs.next();
        }
    }
}
