package org.diplotrack.ui.shared;

import java.nio.file.Path;
import java.util.Optional;
import org.diplotrack.model.Contact;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.editor.ContactForm;

/**
 * The real dialogs of a window, but for the editor, which a test fills in itself (what the user
 * types) by overriding {@link #editContact}; no file is ever chosen.
 */
abstract class ForwardingDialogs implements DialogService {
    private final DialogService real;

    ForwardingDialogs(DialogService real) {
        this.real = real;
    }

    @Override
    public abstract Optional<Contact> editContact(ContactForm form, SimilarContacts similar);

    @Override
    public Optional<Contact> resolveConflict(ConflictForm form) {
        return real.resolveConflict(form);
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showError(String title, Throwable cause) {
        real.showError(title, cause);
    }

    @Override
    public void showInformation(String title, String message) {
        real.showInformation(title, message);
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        return Optional.empty();
    }
}
