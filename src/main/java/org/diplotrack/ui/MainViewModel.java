package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.store.Database;

/**
 * The state of the main window without the window: the open database, its pairs, the selected
 * pair's contacts and the selected contact. All reads run through the {@link TaskRunner}.
 */
public final class MainViewModel {
    private final Function<Path, Database> opener;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Database> database = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DyadActivity> dyads = FXCollections.observableArrayList();
    private final ObjectProperty<Dyad> selectedDyad = new SimpleObjectProperty<>();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> selectedContact = new SimpleObjectProperty<>();
    private final IntegerProperty totalContacts = new SimpleIntegerProperty();
    /** The pair whose contacts the list holds, so selecting it again loads nothing. */
    private Dyad shownDyad;

    public MainViewModel(Function<Path, Database> opener, TaskRunner tasks, DialogService dialogs) {
        this.opener = opener;
        this.tasks = tasks;
        this.dialogs = dialogs;
        selectedDyad.addListener((obs, old, dyad) -> loadContacts(dyad));
    }

    /**
     * Opens a database file in the background, with the pairs and the contacts of the pair to
     * show (the one shown before, else the most active), so the window fills in one step. The
     * current database stays open if that fails.
     */
    public void open(Path file) {
        Dyad wanted = selectedDyad.get();
        tasks.run("Opening " + file.getFileName(), () -> {
            Database db = opener.apply(file);
            List<DyadActivity> found = db.contacts().dyads();
            Dyad dyad = found.stream().map(DyadActivity::dyad).filter(d -> d.equals(wanted)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0).dyad());
            List<Contact> dyadContacts = dyad == null ? List.of() : db.contacts().find(ContactFilter.forDyad(dyad));
            return new Opened(db, found, db.contacts().count(), dyad, dyadContacts);
        }, this::show, e -> dialogs.showError("Cannot open the database", message(e)));
    }

    private record Opened(Database db, List<DyadActivity> dyads, int total, Dyad dyad, List<Contact> contacts) {
    }

    private void show(Opened opened) {
        Database previous = database.get();
        database.set(opened.db());
        totalContacts.set(opened.total());
        dyads.setAll(opened.dyads());
        showContacts(opened.dyad(), opened.contacts());
        if (previous != null && previous != opened.db()) {
            previous.close();
        }
    }

    private void showContacts(Dyad dyad, List<Contact> found) {
        shownDyad = dyad;
        selectedDyad.set(dyad);
        selectedContact.set(null);
        contacts.setAll(found);
    }

    private void loadContacts(Dyad dyad) {
        Database db = database.get();
        if (Objects.equals(dyad, shownDyad) || db == null) {
            return;
        }
        if (dyad == null) {
            showContacts(null, List.of());
            return;
        }
        tasks.run("Loading " + dyad.label(), () -> db.contacts().find(ContactFilter.forDyad(dyad)), found -> {
            if (dyad.equals(selectedDyad.get())) {
                showContacts(dyad, found);
            }
        }, e -> dialogs.showError("Cannot read the contacts", message(e)));
    }

    /** Closes the database when the window closes. */
    public void close() {
        Database db = database.get();
        if (db != null) {
            db.close();
            database.set(null);
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    public ReadOnlyObjectProperty<Database> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ObservableList<DyadActivity> dyads() {
        return dyads;
    }

    public ObjectProperty<Dyad> selectedDyadProperty() {
        return selectedDyad;
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObjectProperty<Contact> selectedContactProperty() {
        return selectedContact;
    }

    public ReadOnlyIntegerProperty totalContactsProperty() {
        return totalContacts;
    }
}
