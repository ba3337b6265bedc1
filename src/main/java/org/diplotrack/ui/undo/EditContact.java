package org.diplotrack.ui.undo;

import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactDiff;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Replaces a contact's fields; undo puts the old ones back. */
public final class EditContact implements RecordCommand {
    private final Contact before;
    private Contact after;
    /** The contact as last stored by this command: the version its next write edits. */
    private Contact stored;

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
        after = contacts.update(stored == null ? after : after.editOf(stored));
        stored = after;
    }

    @Override
    public void revert(Database record) {
        ContactRepository contacts = record.contacts();
        stored = contacts.update(before.editOf(stored));
    }

    /** The version a refused write of this command started from: the original for the edit, the edit for its undo. */
    public Contact baseOf(Contact refused) {
        return ContactDiff.of(refused, after).isEmpty() ? before : after;
    }

    @Override
    public Contact shown() {
        return after;
    }
}
