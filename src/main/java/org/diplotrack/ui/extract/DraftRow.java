package org.diplotrack.ui.extract;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.diplotrack.extract.Draft;
import org.diplotrack.model.Contact;

/** One drafted contact in the window: the draft, what became of it, and the contacts on record it resembles. */
public final class DraftRow {
    /** What the researcher did with a draft. */
    public enum State { PENDING, ACCEPTED, DROPPED }

    private final Draft draft;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PENDING);
    private final ReadOnlyObjectWrapper<List<Contact>> similar = new ReadOnlyObjectWrapper<>(List.of());

    DraftRow(Draft draft) {
        this.draft = draft;
    }

    public Draft draft() {
        return draft;
    }

    public Contact contact() {
        return draft.contact();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    void setState(State value) {
        state.set(value);
    }

    /** Contacts on record that look like this draft (empty until looked for, and when none). */
    public ReadOnlyObjectProperty<List<Contact>> similarProperty() {
        return similar.getReadOnlyProperty();
    }

    void setSimilar(List<Contact> value) {
        similar.set(List.copyOf(value));
    }
}
