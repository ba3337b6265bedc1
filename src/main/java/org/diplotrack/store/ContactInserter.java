package org.diplotrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactQuality;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/**
 * Inserts contacts with their children and text-index entry through statements prepared once,
 * within the caller's transaction. The caller refreshes {@link PairStats} for the pairs touched.
 */
final class ContactInserter implements AutoCloseable {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final PreparedStatement row;
    private final TextIndex textIndex;
    private final PreparedStatement text;
    private final PreparedStatement participant;
    private final PreparedStatement source;
    private final PreparedStatement tag;
    private final PreparedStatement report;
    /** Rows are queued with addBatch and written by {@link #flush()}: one native call per statement and batch. */
    private final boolean batched;
    /**
     * The batch's text-index rows, written in rowid order: FTS5 writes its pending terms out as a
     * new segment whenever a rowid comes below the last one, which contacts in file order (the
     * rowid leads with the day) did about every other row.
     */
    private final List<ContactText.Row> pendingText = new ArrayList<>();

    ContactInserter(Connection c) throws SQLException {
        this(c, false);
    }

    /** @param batched queue the rows until {@link #flush()}; every contact must then come with its id */
    ContactInserter(Connection c, boolean batched) throws SQLException {
        this.batched = batched;
        row = c.prepareStatement("""
                INSERT INTO contact (id, country_a, level_a, portfolio_a, country_b, level_b, portfolio_b, pair,
                  level, level_rank, date, end_date, day_from, day_to, approximate, mode, setting, event, status,
                  location, summary, origin, dataset, source_file, event_id, cameo_code, created, modified,
                  import_key, source_count, root, doubtful)
                VALUES (""" + Dialect.of(c).idOrNew("contact")
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        textIndex = Dialect.of(c).text();
        text = c.prepareStatement(textIndex.insert());
        participant = c.prepareStatement(
                "INSERT INTO participant (contact_id, side, position, name, title) VALUES (?, ?, ?, ?, ?)");
        source = c.prepareStatement("""
                INSERT INTO source (contact_id, position, publication, title, author, url, published,
                  accessed, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        tag = c.prepareStatement("INSERT INTO tag (contact_id, position, tag) VALUES (?, ?, ?)");
        report = c.prepareStatement(ReportRows.INSERT);
    }

    /**
     * Inserts one contact; {@code id} 0 lets the database choose (and costs a query for the generated
     * key), any other value is used as it is.
     */
    Contact insert(Contact contact, long id) throws SQLException {
        return insert(contact, id, ImportKey.of(contact));
    }

    /** As {@link #insert(Contact, long)}, with the contact's {@link ImportKey} already computed. */
    Contact insert(Contact contact, long id, String importKey) throws SQLException {
        Instant created = contact.created() == null ? now : contact.created();
        Instant modified = contact.modified() == null ? now : contact.modified();
        if (batched && id == 0) {
            throw new IllegalArgumentException("a batched insert needs the contact's id");
        }
        bindContact(contact, id, created, modified, importKey);
        run(row);
        long stored = id;
        if (stored == 0) {
            try (ResultSet keys = row.getGeneratedKeys()) {
                keys.next();
                stored = keys.getLong(1);
            }
        }
        if (batched) {
            pendingText.add(ContactText.Row.of(stored, contact));
        } else {
            textIndex.bind(text, ContactText.Row.of(stored, contact));
            text.executeUpdate();
        }
        insertParticipants(stored, "A", contact.a());
        insertParticipants(stored, "B", contact.b());
        for (int i = 0; i < contact.sources().size(); i++) {
            Source s = contact.sources().get(i);
            SqlContactRepository.bind(source, stored, i, s.publication(), s.title(), s.author(), s.url(),
                    text(s.published()), text(s.accessed()), s.quote());
            run(source);
        }
        for (int i = 0; i < contact.tags().size(); i++) {
            SqlContactRepository.bind(tag, stored, i, contact.tags().get(i));
            run(tag);
        }
        for (int i = 0; i < contact.reports().size(); i++) {
            ReportRows.bind(report, stored, i, contact.reports().get(i));
            run(report);
        }
        return contact.withId(stored, created, modified);
    }

    private void bindContact(Contact k, long id, Instant created, Instant modified, String importKey)
            throws SQLException {
        Provenance p = k.provenance();
        SqlContactRepository.bind(row, id == 0 ? null : id, k.a().country().alpha2(), k.a().level().code(),
                k.a().portfolio(), k.b().country().alpha2(), k.b().level().code(), k.b().portfolio(),
                k.dyad().code(), k.level().code(), k.level().rank(), k.date().toString(), text(k.endDate()),
                k.date().firstDay().toEpochDay(), k.lastDate().lastDay().toEpochDay(), k.approximate() ? 1 : 0,
                k.mode().code(), k.setting().kind().code(), k.setting().event(), k.status().code(),
                k.location(), k.summary(), p.origin().code(), p.dataset(), p.file(), p.eventId(), p.cameoCode(),
                created.toString(), modified.toString(), importKey, k.sourceCount(),
                k.rootEvent() == null ? null : k.rootEvent() ? 1 : 0, ContactQuality.doubtful(k) ? 1 : 0);
    }

    private void insertParticipants(long id, String side, Side s) throws SQLException {
        for (int i = 0; i < s.participants().size(); i++) {
            Participant p = s.participants().get(i);
            SqlContactRepository.bind(participant, id, side, i, p.name(), p.title());
            run(participant);
        }
    }

    private void run(PreparedStatement ps) throws SQLException {
        if (batched) {
            ps.addBatch();
        } else {
            ps.executeUpdate();
        }
    }

    /** Writes the queued rows, contacts first (their children refer to them). */
    void flush() throws SQLException {
        if (batched) {
            row.executeBatch();
            pendingText.sort(Comparator.comparingLong(ContactText.Row::rowid));
            for (ContactText.Row r : pendingText) {
                textIndex.bind(text, r);
                text.addBatch();
            }
            pendingText.clear();
            text.executeBatch();
            participant.executeBatch();
            source.executeBatch();
            tag.executeBatch();
            report.executeBatch();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public void close() throws SQLException {
        try (row; text; participant; source; tag; report) {
            // closes all six, even when one fails
        }
    }
}
