package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactMerge;
import org.diplotrack.model.Report;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/**
 * Takes one report out of its contact into a contact of its own ({@link ContactMerge#splitOut}).
 * Undo removes the new contact and gives the report back; redo makes it again under the same id.
 */
public final class SplitReport implements RecordCommand {
    private final Contact before;
    private final Contact rest;
    private Contact alone;

    /** @throws IllegalArgumentException when the report is the contact's only one */
    public SplitReport(Contact contact, Report report) {
        List<Contact> parts = ContactMerge.splitOut(contact, report);
        this.before = contact;
        this.rest = parts.get(0);
        this.alone = parts.get(1);
    }

    /** The contact as last stored by this command: the version its next write edits. */
    private Contact stored;

    @Override
    public String description() {
        return Messages.get("undo.split", before.title());
    }

    @Override
    public void apply(Database record) {
        ContactRepository contacts = record.contacts();
        stored = contacts.update(stored == null ? rest : rest.editOf(stored));
        alone = contacts.insert(alone);
    }

    @Override
    public void revert(Database record) {
        ContactRepository contacts = record.contacts();
        contacts.purge(List.of(alone.id()));
        stored = contacts.update(before.editOf(stored));
    }

    /** The contact the report became, once applied. */
    @Override
    public Contact shown() {
        return alone;
    }
}
