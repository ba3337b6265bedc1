package org.diplotrack.extract;

import java.util.List;
import org.diplotrack.model.Contact;

/**
 * A contact drafted from a sentence: the contact (its summary and its source's quote are the
 * sentence), where the sentence is in the text, and the words that decided its fields.
 */
public record Draft(Contact contact, Span sentence, List<Evidence> evidence) {

    public Draft {
        evidence = List.copyOf(evidence);
    }
}
