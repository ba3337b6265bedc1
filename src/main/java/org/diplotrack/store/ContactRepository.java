package org.diplotrack.store;

import java.util.List;
import java.util.Optional;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.DyadActivity;

/** Stored contacts. Every write is one transaction: it happens whole or not at all. */
public interface ContactRepository {

    /** Contacts matching the filter, by date then id. */
    List<Contact> find(ContactFilter filter);

    Optional<Contact> get(long id);

    int count();

    /** Every pair with contacts on record, the most active first. */
    List<DyadActivity> dyads();

    /** Stores a new contact and returns it with its id and timestamps. */
    Contact insert(Contact contact);

    /** Stores all the contacts in one transaction and returns them with their ids. */
    List<Contact> insertAll(List<Contact> contacts);
}
