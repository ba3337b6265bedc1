package org.diplotrack.ui;

import java.util.List;
import java.util.function.Consumer;
import org.diplotrack.model.Contact;

/** Finds the contacts on record that look like one about to be saved; answers on the FX thread, when found. */
@FunctionalInterface
public interface SimilarContacts {
    void find(Contact contact, Consumer<List<Contact>> answer);

    /** Finds none, at once. */
    static SimilarContacts none() {
        return (contact, answer) -> answer.accept(List.of());
    }
}
