package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Adds a contact; undo removes it for good, redo brings it back with the same id. */
public final class AddContact implements RecordCommand {
    private Contact contact;

    public AddContact(Contact draft) {
        this.contact = draft;
    }

    @Override
    public String description() {
        return Messages.get("undo.add", contact.title());
    }

    @Override
    public void apply(Database record) {
        ContactRepository contacts = record.contacts();
        contact = contacts.insert(contact);
    }

    @Override
    public void revert(Database record) {
        ContactRepository contacts = record.contacts();
        contacts.purge(List.of(contact.id()));
    }

    /** The stored contact, once applied. */
    @Override
    public Contact shown() {
        return contact;
    }
}
