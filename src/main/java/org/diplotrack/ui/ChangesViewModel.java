package org.diplotrack.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Failures;
import org.diplotrack.model.Mission;
import org.diplotrack.model.Report;
import org.diplotrack.store.Database;
import org.diplotrack.store.EditConflictException;
import org.diplotrack.ui.shared.ConflictForm;
import org.diplotrack.ui.undo.AddContact;
import org.diplotrack.ui.undo.AddMission;
import org.diplotrack.ui.undo.EditContact;
import org.diplotrack.ui.undo.EditMission;
import org.diplotrack.ui.undo.MergeContacts;
import org.diplotrack.ui.undo.RecordCommand;
import org.diplotrack.ui.undo.RestoreFromTrash;
import org.diplotrack.ui.undo.SplitReport;
import org.diplotrack.ui.undo.TrashContacts;
import org.diplotrack.ui.undo.TrashMissions;
import org.diplotrack.ui.undo.UndoHistory;
import org.slf4j.LoggerFactory;

/**
 * The changes to the record: saving a new or edited contact (after looking for near-copies),
 * moving contacts and missions to the trash and back, each undoable through the {@link UndoHistory}; emptying
 * the trash for good; and the trash itself. Every write runs through the {@link TaskRunner}.
 */
public final class ChangesViewModel {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Database> database;
    private final ObservableBooleanValue readOnly;
    private final Consumer<Contact> afterChange;
    private final UndoHistory history;
    private final ObservableList<Contact> trash = FXCollections.observableArrayList();
    private final ObservableList<Mission> missionTrash = FXCollections.observableArrayList();

    /**
     * @param readOnly    the open file is read-only
     * @param afterChange reloads the window after a change, with the contact added or edited (null for none)
     */
    ChangesViewModel(TaskRunner tasks, DialogService dialogs, Supplier<Database> database,
                     ObservableBooleanValue readOnly, Consumer<Contact> afterChange) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.database = database;
        this.readOnly = readOnly;
        this.afterChange = afterChange;
        this.history = new UndoHistory(tasks, database, this::changed, this::refused);
    }

    private void refused(RecordCommand command, Throwable e) {
        Optional<EditConflictException> conflict = Failures.find(e, EditConflictException.class);
        if (conflict.isPresent() && command instanceof EditContact edit) {
            resolve(edit, conflict.get());
        } else {
            dialogs.showError(Messages.get("error.notSaved"), e);
        }
    }

    /**
     * Someone else saved or deleted the contact this edit was made of: the user chooses, field by
     * field, between their version and this edit, or saves the edit as a new contact.
     */
    private void resolve(EditContact edit, EditConflictException conflict) {
        LoggerFactory.getLogger(ChangesViewModel.class).info("edit refused: {}", conflict.getMessage());
        Contact mine = conflict.mine();
        Optional<Contact> theirs = conflict.theirs();
        if (theirs.isEmpty()) {
            if (dialogs.confirm(Messages.get("conflict.gone.title"),
                    conflict.getMessage() + "\n\n" + Messages.get("conflict.gone.saveAsNew"))) {
                history.perform(new AddContact(mine.withId(0, null, null)));
            }
            return;
        }
        ConflictForm form = new ConflictForm(edit.baseOf(mine), mine, theirs.get(), conflict.getMessage());
        dialogs.resolveConflict(form).ifPresentOrElse(
                chosen -> history.perform(new EditContact(theirs.get(), chosen)),
                () -> afterChange.accept(theirs.get()));
    }

    private void changed(RecordCommand command) {
        afterChange.accept(command.shown());
    }

    /** True when the record may be changed; else tells the user why not. */
    public boolean editable() {
        if (readOnly.get()) {
            dialogs.showInformation(Messages.get("readonly.title"), Messages.get("readonly.text"));
            return false;
        }
        return database.get() != null;
    }

    /** Saves an edited or new contact. */
    public void save(Contact original, Contact edited) {
        if (editable()) {
            history.perform(original == null ? new AddContact(edited) : new EditContact(original, edited));
        }
    }

    /**
     * Saves a new contact; {@code inRecord} is told true once it is on record (not when the
     * database refused it), false when Undo takes it back and true again on Redo.
     */
    public void add(Contact contact, Consumer<Boolean> inRecord) {
        if (editable()) {
            history.perform(new AddContact(contact), inRecord);
        }
    }

    /** Saves an edited or new mission. */
    public void saveMission(Mission original, Mission edited) {
        if (editable()) {
            history.perform(original == null ? new AddMission(edited) : new EditMission(original, edited));
        }
    }

    /** Moves missions to the trash; undoable. */
    public void trashMissions(List<Mission> chosen) {
        if (!chosen.isEmpty() && editable()) {
            history.perform(new TrashMissions(chosen, false));
        }
    }

    /**
     * Makes contacts of one pair one, the first keeping its id; undoable. Says why not when they
     * are fewer than two or of several pairs.
     */
    public void merge(List<Contact> chosen) {
        if (chosen.size() < 2) {
            dialogs.showInformation(Messages.get("merge.error.title"), Messages.get("merge.error.one"));
            return;
        }
        if (!editable()) {
            return;
        }
        MergeContacts merge;
        try {
            merge = new MergeContacts(chosen);
        } catch (IllegalArgumentException e) {
            dialogs.showInformation(Messages.get("merge.error.title"), e.getMessage());
            return;
        }
        history.perform(merge);
    }

    /** Takes one report out of its contact into a contact of its own; undoable. */
    public void splitReport(Contact contact, Report report) {
        if (editable()) {
            try {
                history.perform(new SplitReport(contact, report));
            } catch (IllegalArgumentException e) {
                dialogs.showInformation(Messages.get("split.error.title"), e.getMessage());
            }
        }
    }

    public void moveToTrash(List<Contact> chosen) {
        if (!chosen.isEmpty() && editable()) {
            history.perform(new TrashContacts(chosen, false));
        }
    }

    public void restore(List<Contact> chosen) {
        restore(chosen, List.of());
    }

    /** Takes contacts and missions out of the trash, in one undoable step. */
    public void restore(List<Contact> contacts, List<Mission> missions) {
        if ((!contacts.isEmpty() || !missions.isEmpty()) && editable()) {
            history.perform(new RestoreFromTrash(contacts, missions));
        }
    }

    /** Removes contacts from the trash for good; not undoable, so the UI asks first. */
    public void purge(List<Contact> chosen) {
        purge(chosen, List.of());
    }

    /** Removes contacts and missions from the trash for good; not undoable, so the UI asks first. */
    public void purge(List<Contact> contacts, List<Mission> missions) {
        if (!editable()) {
            return;
        }
        Database db = database.get();
        List<Long> contactIds = contacts.stream().map(Contact::id).toList();
        List<Long> missionIds = missions.stream().map(Mission::id).toList();
        tasks.run(Messages.get("task.emptyTrash"), () -> {
            if (!contactIds.isEmpty()) {
                db.contacts().purge(contactIds);
            }
            if (!missionIds.isEmpty()) {
                db.missions().purge(missionIds);
            }
            return null;
        }, done -> afterChange.accept(null), e -> dialogs.showError(Messages.get("error.notRemoved"), e));
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /**
     * Near-copies of a contact on record, asked before saving (see the duplicate warning): read
     * off the FX thread, handed to {@code answer} on it. A check that fails is logged and answers
     * none, so that it does not stand in the way of saving.
     */
    public void findSimilar(Contact contact, Consumer<List<Contact>> answer) {
        Database db = database.get();
        if (db == null) {
            answer.accept(List.of());
            return;
        }
        tasks.run(Messages.get("task.findSimilar"), () -> db.contacts().findSimilar(contact), answer, e -> {
            LoggerFactory.getLogger(ChangesViewModel.class).warn("Cannot look for near-copies of {}", contact.title(), e);
            answer.accept(List.of());
        });
    }

    /** Dataset contacts that may be the same event as a contact entered by hand; answers on the FX thread. */
    public void findMatchingReports(Contact contact, Consumer<List<Contact>> answer) {
        Database db = database.get();
        if (db == null || contact == null) {
            answer.accept(List.of());
            return;
        }
        tasks.run(Messages.get("task.findMatching"), () -> db.contacts().findMatchingReports(contact), answer, e -> {
            LoggerFactory.getLogger(ChangesViewModel.class).warn("Cannot look for the reports of {}", contact.title(), e);
            answer.accept(List.of());
        });
    }

    /** The recorded changes of a contact, newest first; answers on the FX thread, or says why it could not. */
    public void changesOf(Contact contact, Consumer<List<Change>> answer, Consumer<String> failed) {
        Database db = database.get();
        if (db == null || contact == null) {
            answer.accept(List.of());
            return;
        }
        tasks.run(Messages.get("task.history"), () -> db.contacts().history(ChangeFilter.ofContact(contact.id())),
                answer, e -> {
                    LoggerFactory.getLogger(ChangesViewModel.class).warn("Cannot read the history of {}",
                            contact.title(), e);
                    failed.accept(String.valueOf(e.getMessage()));
                });
    }

    public UndoHistory history() {
        return history;
    }

    /** The contacts in the trash, newest first. */
    public ObservableList<Contact> trash() {
        return trash;
    }

    /** The missions in the trash, newest first. */
    public ObservableList<Mission> missionTrash() {
        return missionTrash;
    }
}
