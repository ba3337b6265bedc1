package org.diplotrack.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.ImportCounts;

/**
 * Stored contacts. Every write is one transaction: it happens whole or not at all. Contacts in
 * the trash are left out of every read except {@link #trash()}.
 */
public interface ContactRepository {

    /** All contacts matching the filter, by date then id. For bounded sets; the GUI pages. */
    List<Contact> find(ContactFilter filter);

    /**
     * Hands every contact matching the filter to {@code action}, by date then id, reading a
     * chunk at a time so that a million contacts never sit in memory together (exports).
     */
    void forEach(ContactFilter filter, Consumer<Contact> action);

    /** One page of the contacts matching the filter, in the given order. */
    List<Contact> page(ContactFilter filter, ContactOrder order, int offset, int limit);

    /**
     * The timeline's view of the contacts matching the filter, by start day: at most
     * {@code limit} of them (the earliest), and how many matched in all.
     */
    ContactMarks marks(ContactFilter filter, int limit);

    /** How many contacts match the filter. */
    int count(ContactFilter filter);

    /** How many contacts are on record (not in the trash). */
    int count();

    Optional<Contact> get(long id);

    /** Every pair with contacts on record, the most active first. */
    List<DyadActivity> dyads();

    /**
     * Stores a contact and returns it with its id and timestamps. A contact that carries an id
     * keeps it (so that undoing a removal brings back the same contact).
     */
    Contact insert(Contact contact);

    /** Stores all the contacts in one transaction and returns them with their ids. */
    List<Contact> insertAll(List<Contact> contacts);

    /**
     * Stores the contacts of one import, read from {@code contacts} as they come, in one
     * transaction: those already on record (the same dataset event, or the same content) are
     * counted and skipped. When {@code cancelled} turns true (it is read once per batch) or the
     * stream throws, nothing is stored and the exception (a {@link java.util.concurrent.CancellationException}
     * for a cancel) propagates. Reports of one event are merged into one contact
     * ({@link org.diplotrack.model.ContactMerge}).
     */
    default ImportCounts importAll(Iterator<Contact> contacts, BooleanSupplier cancelled) {
        return importAll(contacts, true, cancelled);
    }

    /** As above; with {@code merge} false every dataset row stays a contact of its own ({@code --merge none}). */
    ImportCounts importAll(Iterator<Contact> contacts, boolean merge, BooleanSupplier cancelled);

    /** Replaces the stored contact with the same id; returns it with its new modified time. */
    Contact update(Contact contact);

    /** Moves contacts to the trash, from which {@link #restore} brings them back. */
    void moveToTrash(Collection<Long> ids);

    void restore(Collection<Long> ids);

    /** Removes contacts for good. */
    void purge(Collection<Long> ids);

    /** The contacts in the trash, the most recently deleted first. */
    List<Contact> trash();

    /**
     * Contacts that look like the same event: same pair, start within 3 days, same mode and
     * level; the contact itself (by id) is left out.
     */
    List<Contact> findSimilar(Contact contact);

    /**
     * Dataset contacts that may report the same event as a contact entered by hand or from a file
     * (issue 18: such a contact is never merged automatically, its matches are offered): live,
     * imported from a dataset, same pair, on a day from the day before its first to the day after
     * its last. Empty for a dataset contact.
     */
    List<Contact> findMatchingReports(Contact contact);

    /** The recorded changes the filter asks for, newest first (every write above records one). */
    List<Change> history(ChangeFilter filter);
}
