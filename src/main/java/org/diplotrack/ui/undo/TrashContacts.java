package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Moves contacts to the trash (or, with {@code restore}, back out of it); undo does the opposite. */
public final class TrashContacts implements RecordCommand {
    private final List<Contact> contacts;
    private final List<Long> ids;
    private final boolean restore;

    public TrashContacts(List<Contact> contacts, boolean restore) {
        this.contacts = List.copyOf(contacts);
        this.ids = contacts.stream().map(Contact::id).toList();
        this.restore = restore;
    }

    /** What the Edit menu calls these contacts: one by its title, several by their number. */
    static String what(List<Contact> contacts) {
        return contacts.size() == 1 ? contacts.get(0).title() : Messages.get("undo.contacts", contacts.size());
    }

    @Override
    public String description() {
        return Messages.get(restore ? "undo.restore" : "undo.delete", what(contacts));
    }

    @Override
    public void apply(Database record) {
        ContactRepository repository = record.contacts();
        if (restore) {
            repository.restore(ids);
        } else {
            repository.moveToTrash(ids);
        }
    }

    @Override
    public void revert(Database record) {
        ContactRepository repository = record.contacts();
        if (restore) {
            repository.moveToTrash(ids);
        } else {
            repository.restore(ids);
        }
    }
}
