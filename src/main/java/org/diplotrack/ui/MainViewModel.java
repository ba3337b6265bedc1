package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
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

    public MainViewModel(Function<Path, Database> opener, TaskRunner tasks, DialogService dialogs) {
        this.opener = opener;
        this.tasks = tasks;
        this.dialogs = dialogs;
        selectedDyad.addListener((obs, old, dyad) -> loadContacts(dyad));
    }

    /** Opens a database file in the background; the current one stays open if that fails. */
    public void open(Path file) {
        tasks.run("Opening " + file.getFileName(), () -> {
            Database db = opener.apply(file);
            return new Opened(db, db.contacts().dyads(), db.contacts().count());
        }, this::show, e -> dialogs.showError("Cannot open the database", message(e)));
    }

    private record Opened(Database db, List<DyadActivity> dyads, int total) {
    }

    private void show(Opened opened) {
        Database previous = database.get();
        Dyad wanted = selectedDyad.get();
        database.set(opened.db());
        totalContacts.set(opened.total());
        dyads.setAll(opened.dyads());
        selectedDyad.set(null);
        selectedDyad.set(opened.dyads().stream().map(DyadActivity::dyad).filter(d -> d.equals(wanted))
                .findFirst().orElse(opened.dyads().isEmpty() ? null : opened.dyads().get(0).dyad()));
        if (previous != null) {
            previous.close();
        }
    }

    private void loadContacts(Dyad dyad) {
        selectedContact.set(null);
        Database db = database.get();
        if (dyad == null || db == null) {
            contacts.clear();
            return;
        }
        tasks.run("Loading " + dyad.label(), () -> db.contacts().find(ContactFilter.forDyad(dyad)), found -> {
            if (dyad.equals(selectedDyad.get())) {
                contacts.setAll(found);
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
