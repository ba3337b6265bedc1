package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactMerge;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/**
 * Makes several contacts of one pair one ({@link ContactMerge#byHand}): the first takes the
 * others' reports, sources and participants, the others go to the trash. Undo puts the first
 * back as it was and brings the others out of the trash.
 */
public final class MergeContacts implements RecordCommand {
    private final List<Contact> all;
    private final Contact keep;
    private final List<Contact> others;
    private final Contact merged;

    /** @throws IllegalArgumentException when the contacts are not all of one pair */
    public MergeContacts(List<Contact> contacts) {
        this.all = List.copyOf(contacts);
        this.keep = contacts.get(0);
        this.others = List.copyOf(contacts.subList(1, contacts.size()));
        Contact result = keep;
        for (Contact other : others) {
            result = ContactMerge.byHand(result, other);
        }
        this.merged = result;
    }

    /** The kept contact as last stored by this command: the version its next write edits. */
    private Contact stored;

    @Override
    public String description() {
        return Messages.get("undo.merge", TrashContacts.what(all));
    }

    @Override
    public void apply(Database record) {
        ContactRepository contacts = record.contacts();
        stored = contacts.update(stored == null ? merged : merged.editOf(stored));
        contacts.moveToTrash(others.stream().map(Contact::id).toList());
    }

    @Override
    public void revert(Database record) {
        ContactRepository contacts = record.contacts();
        contacts.restore(others.stream().map(Contact::id).toList());
        stored = contacts.update(keep.editOf(stored));
    }

    /** The one contact they became. */
    @Override
    public Contact shown() {
        return merged;
    }
}
