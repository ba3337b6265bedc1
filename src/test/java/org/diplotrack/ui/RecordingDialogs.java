package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.diplotrack.model.Contact;
import org.diplotrack.ui.editor.ContactForm;

/**
 * Dialogs for tests: records what would be shown as "title: message", answers every question
 * with the same yes or no (no unless told), chooses nothing.
 */
class RecordingDialogs implements DialogService {
    private final List<String> said;
    private final boolean yes;

    RecordingDialogs(List<String> said) {
        this(said, false);
    }

    RecordingDialogs(List<String> said, boolean yes) {
        this.said = said;
        this.yes = yes;
    }

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
        return yes;
    }

    @Override
    public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
        return Optional.empty();
    }
}
