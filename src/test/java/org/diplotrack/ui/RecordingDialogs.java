package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplotrack.model.Contact;
import org.diplotrack.ui.editor.ContactForm;

/** Dialogs for tests: records what would be shown as "title: message", says no, chooses nothing. */
record RecordingDialogs(List<String> said) implements DialogService {
    @Override
    public void showError(String title, String message) {
        said.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        said.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String title, String message) {
        said.add(title + ": " + message);
        return false;
    }

    @Override
    public Optional<Contact> editContact(ContactForm form, org.diplotrack.ui.SimilarContacts similar) {
        return Optional.empty();
    }
}
