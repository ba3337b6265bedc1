package org.diplotrack.ui.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactDiff;
import org.diplotrack.model.FieldChange;
import org.diplotrack.ui.Messages;

/**
 * An edit refused because a colleague saved the contact meanwhile (issue 14): the fields where
 * the two versions differ, each to be taken from mine or theirs. A field starts as mine when
 * I changed it, and as theirs when only they did, so saving at once loses neither edit.
 */
public final class ConflictForm {
    private final Contact mine;
    private final Contact theirs;
    private final String header;
    private final List<Row> rows;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** One field that differs: its values in both versions, and which one is chosen. */
    public static final class Row {
        private final FieldChange field;
        private final BooleanProperty fromTheirs = new SimpleBooleanProperty();

        private Row(FieldChange field, boolean fromTheirs) {
            this.field = field;
            this.fromTheirs.set(fromTheirs);
        }

        public String field() {
            return field.field();
        }

        public String label() {
            return field.label();
        }

        public String mine() {
            return field.shown(field.after(), Messages.get("history.value.none"));
        }

        public String theirs() {
            return field.shown(field.before(), Messages.get("history.value.none"));
        }

        /** True when the saved contact takes this field as the colleague saved it. */
        public BooleanProperty fromTheirsProperty() {
            return fromTheirs;
        }
    }

    /**
     * @param base   the version my edit started from
     * @param mine   my edit, refused
     * @param theirs the contact as stored now
     * @param header what happened (who changed it, when), as the store said it
     */
    public ConflictForm(Contact base, Contact mine, Contact theirs, String header) {
        this.mine = mine;
        this.theirs = theirs;
        this.header = header;
        Set<String> changedByMe = new HashSet<>();
        ContactDiff.of(base, mine).forEach(f -> changedByMe.add(f.field()));
        this.rows = ContactDiff.of(theirs, mine).stream()
                .map(f -> new Row(f, !changedByMe.contains(f.field()))).toList();
        rows.forEach(r -> r.fromTheirs.addListener((o, was, is) -> check()));
        check();
    }

    public String header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Keep mine: every field as I edited it. */
    public void chooseAllMine() {
        rows.forEach(r -> r.fromTheirs.set(false));
    }

    /** Take theirs: every field as the colleague saved it. */
    public void chooseAllTheirs() {
        rows.forEach(r -> r.fromTheirs.set(true));
    }

    /** Why the fields chosen make no contact; empty when they do. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The contact to save, an edit of their version; empty when the fields chosen make none. */
    public Optional<Contact> result() {
        try {
            return Optional.of(ContactDiff.combine(mine, theirs, chosenFromTheirs()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when every field is theirs: nothing of mine is left to save. */
    public boolean allTheirs() {
        return rows.stream().allMatch(r -> r.fromTheirs.get());
    }

    private Set<String> chosenFromTheirs() {
        Set<String> fields = new HashSet<>();
        rows.stream().filter(r -> r.fromTheirs.get()).forEach(r -> fields.add(r.field()));
        return fields;
    }

    private void check() {
        try {
            ContactDiff.combine(mine, theirs, chosenFromTheirs());
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }
}
