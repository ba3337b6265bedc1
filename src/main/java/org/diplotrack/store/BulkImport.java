package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ImportCounts;

/**
 * Stores a stream of imported contacts inside the caller's transaction: contacts whose
 * {@link ImportKey} is already on record (from before, or earlier in the same stream) are
 * counted and left out; ids are handed out here, so no generated-key query runs per row, and
 * rows are written in batches of {@value #BATCH} (one native call per statement and batch). The
 * cancel flag is read once per batch; cancelling throws, and the caller's transaction rolls back.
 */
final class BulkImport {
    static final int BATCH = 1_000;
    /** 128 MiB of page cache while importing (negative: KiB, as SQLite counts it). */
    private static final int IMPORT_CACHE = -131_072;

    private BulkImport() {
    }

    static ImportCounts run(Connection c, Iterator<Contact> contacts, BooleanSupplier cancelled)
            throws SQLException {
        // A large import touches every index all over; a bigger page cache (native memory, not
        // the Java heap) for its duration keeps them from being read and written again and again.
        int cacheSize = SqliteFiles.pragmaInt(c, "cache_size");
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + IMPORT_CACHE);
        }
        try {
            return insert(c, contacts, cancelled);
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + cacheSize);
            }
        }
    }

    private static ImportCounts insert(Connection c, Iterator<Contact> contacts, BooleanSupplier cancelled)
            throws SQLException {
        long nextId = maxId(c) + 1;
        long added = 0;
        long present = 0;
        Set<String> pairs = new HashSet<>();
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM contact WHERE import_key = ? LIMIT 1");
             ContactInserter inserter = new ContactInserter(c, true)) {
            // Keys queued in the current batch: not yet visible to the query.
            Set<String> queued = new HashSet<>();
            long seen = 0;
            while (contacts.hasNext()) {
                if (seen++ % BATCH == 0) {
                    inserter.flush();
                    queued.clear();
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the import was cancelled");
                    }
                }
                Contact contact = contacts.next();
                String key = ImportKey.of(contact);
                boolean known = queued.contains(key);
                if (!known) {
                    exists.setString(1, key);
                    try (ResultSet rs = exists.executeQuery()) {
                        known = rs.next();
                    }
                }
                if (known) {
                    present++;
                } else {
                    inserter.insert(contact, nextId++, key);
                    queued.add(key);
                    pairs.add(contact.dyad().code());
                    added++;
                }
            }
            inserter.flush();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the import was cancelled");
        }
        PairStats.refresh(c, pairs);
        return new ImportCounts(added, present);
    }


    private static long maxId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM contact")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
