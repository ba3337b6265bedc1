package org.diplotrack.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.diplotrack.model.Change;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactMerge;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Report;
import org.diplotrack.ui.editor.ContactForm;

/**
 * New, edit, duplicate, delete and merge, shared by the menus, the toolbar and the table's
 * context menu; splitting a report out, from the detail pane.
 */
public final class ContactActions {
    private final MainViewModel model;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    public ContactActions(MainViewModel model, DialogService dialogs, Supplier<LocalDate> today) {
        this.model = model;
        this.dialogs = dialogs;
        this.today = today;
    }

    /** A new contact; the countries start as the selected pair's. */
    public void newContact() {
        if (!model.changes().editable()) {
            return;
        }
        ContactForm form = ContactForm.blank(today);
        Dyad pair = model.pairs().selectedPairProperty().get();
        if (pair != null) {
            form.countryAProperty().set(pair.first());
            form.countryBProperty().set(pair.second());
        }
        dialogs.editContact(form, model.changes()::findSimilar).ifPresent(contact -> model.changes().save(null, contact));
    }

    public void edit(Contact contact) {
        if (contact != null && model.changes().editable()) {
            dialogs.editContact(ContactForm.editing(contact, today), model.changes()::findSimilar)
                    .ifPresent(edited -> model.changes().save(contact, edited));
        }
    }

    public void duplicate(Contact contact) {
        if (contact != null && model.changes().editable()) {
            dialogs.editContact(ContactForm.copying(contact, today), model.changes()::findSimilar)
                    .ifPresent(copy -> model.changes().save(null, copy));
        }
    }

    /** Makes the selected contacts of one pair one; undoable, so it does not ask. */
    public void merge(List<Contact> contacts) {
        model.changes().merge(List.copyOf(contacts));
    }

    /** Takes a report out of its contact into a contact of its own; undoable. */
    public void splitReport(Contact contact, Report report) {
        model.changes().splitReport(contact, report);
    }

    /** Dataset contacts that may be this contact entered by hand; answers on the FX thread (none for a dataset contact). */
    public void findMatchingReports(Contact contact, Consumer<List<Contact>> answer) {
        if (contact != null && ContactMerge.offersMatches(contact)) { // no lookup task for an imported one
            model.changes().findMatchingReports(contact, answer);
        }
    }

    /** The recorded changes of a contact, newest first; answers on the FX thread, or says why it could not. */
    public void changesOf(Contact contact, Consumer<List<Change>> answer, Consumer<String> failed) {
        model.changes().changesOf(contact, answer, failed);
    }

    /** Moves the contacts to the trash; undoable, so it does not ask. */
    public void delete(List<Contact> contacts) {
        model.changes().moveToTrash(List.copyOf(contacts));
    }
}
