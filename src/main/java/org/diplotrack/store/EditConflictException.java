package org.diplotrack.store;

import java.util.Optional;
import org.diplotrack.model.Contact;

/**
 * An edit refused because the contact changed, or went, since the editor read it (issue 14):
 * someone else saved it meanwhile, in another window or on the shared server. Nothing was
 * written; the edit and the stored version travel with the exception, so that the window can
 * show both and let the user choose.
 */
public final class EditConflictException extends StoreException {
    private final transient Contact mine;
    private final transient Contact theirs;

    EditConflictException(String message, Contact mine, Contact theirs) {
        super(message);
        this.mine = mine;
        this.theirs = theirs;
    }

    /** The edit that was not saved. */
    public Contact mine() {
        return mine;
    }

    /** The contact as stored now; empty when it was deleted (to the trash or for good). */
    public Optional<Contact> theirs() {
        return Optional.ofNullable(theirs);
    }
}
