package org.diplotrack.ui.undo;

import org.diplotrack.model.Contact;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Replaces a contact's fields; undo puts the old ones back. */
public final class EditContact implements RecordCommand {
    private final Contact before;
    private Contact after;

    public EditContact(Contact before, Contact after) {
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return Messages.get("undo.edit", before.title());
    }

    @Override
    public void apply(Database record) {
        ContactRepository contacts = record.contacts();
        after = contacts.update(after);
    }

    @Override
    public void revert(Database record) {
        ContactRepository contacts = record.contacts();
        contacts.update(before);
    }

    @Override
    public Contact shown() {
        return after;
    }
}
