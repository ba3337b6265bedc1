package org.diplotrack.ui.missions;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionSearch;
import org.diplotrack.store.Database;
import org.diplotrack.ui.ChangesViewModel;
import org.diplotrack.io.MissionFiles;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;

/**
 * The Missions tab: the selected pair's missions both ways, newest first (or, while the user
 * searches, the matching missions of every pair), and new, edit and
 * delete through the record's undo history (Edit › Undo takes a change back), and export to a file.
 */
public final class MissionsViewModel {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ChangesViewModel changes;
    private final ObservableValue<Dyad> pair;
    private final ObservableList<Mission> missions = FXCollections.observableArrayList();
    private final ObjectProperty<Mission> selected = new SimpleObjectProperty<>();
    private final ObservableValue<Database> database;
    private final ObservableValue<List<Mission>> pairMissions;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean searching;
    private boolean searchAgain;

    /**
     * @param pairMissions the chosen pair's missions, read again after every change to the record
     * @param database     the open record, searched when the user types
     */
    public MissionsViewModel(TaskRunner tasks, DialogService dialogs, ChangesViewModel changes,
                             ObservableValue<Dyad> pair, ObservableValue<List<Mission>> pairMissions,
                             ObservableValue<Database> database) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changes = changes;
        this.pair = pair;
        this.pairMissions = pairMissions;
        this.database = database;
        show(pairMissions.getValue());
        // A change to the record reloads the pair; a search under way is run again on it.
        pairMissions.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        String query = search.get();
        Database db = database.getValue();
        if (MissionSearch.of(query).isEmpty() || db == null) {
            status.set("");
            show(pairMissions.getValue());
            return;
        }
        if (searching) {
            searchAgain = true; // typed while a search runs: one more when it ends, with the latest words
            return;
        }
        searching = true;
        tasks.run(Messages.get("missions.search.busy"), () -> db.missions().search(query), found -> {
            searchEnded();
            if (query.equals(search.get())) {
                status.set(Messages.get("missions.search.found", found.size(), query.trim()));
                show(found);
            }
        }, e -> {
            searchEnded();
            dialogs.showError(Messages.get("missions.search.failed"), e);
        });
    }

    private void searchEnded() {
        searching = false;
        if (searchAgain) {
            searchAgain = false;
            refresh();
        }
    }

    private void show(List<Mission> now) {
        Mission was = selected.get();
        missions.setAll(now.stream().sorted((a, b) -> b.firstDay().compareTo(a.firstDay())).toList());
        selected.set(was == null ? null : missions.stream().filter(m -> m.id() == was.id()).findFirst().orElse(null));
    }

    /** A new mission of the pair shown (its first country in the second). */
    public void newMission() {
        if (changes.editable()) {
            dialogs.editMission(MissionForm.blank(pair.getValue())).ifPresent(m -> changes.saveMission(null, m));
        }
    }

    public void edit() {
        Mission m = selected.get();
        if (m != null && changes.editable()) {
            dialogs.editMission(MissionForm.editing(m)).ifPresent(edited -> changes.saveMission(m, edited));
        }
    }

    /** Moves the selected mission to the trash; undoable, so it does not ask. */
    public void delete() {
        Mission m = selected.get();
        if (m != null && changes.editable()) {
            changes.trashMissions(List.of(m));
        }
    }

    /**
     * Writes the missions listed (the pair's, or those a search found; all, not only the one chosen) to a native CSV or
     * JSON file the user picks, in the background; says how many, or why not.
     */
    public void export() {
        List<Mission> listed = List.copyOf(missions);
        Dyad shown = pair.getValue();
        if (listed.isEmpty()) {
            return;
        }
        String name = !MissionSearch.of(search.get()).isEmpty() ? "missions-found.csv"
                : "missions" + (shown == null ? "" : "-" + shown.toString().toLowerCase(Locale.ROOT)) + ".csv";
        dialogs.chooseMissionExportFile(name).ifPresent(file -> tasks.run(
                Messages.get("export.busy", file.getFileName()),
                () -> {
                    MissionFiles.write(listed, file);
                    return listed.size();
                },
                n -> dialogs.showInformation(Messages.get("missions.export.title"),
                        Messages.get("missions.export.done", n, file)),
                e -> dialogs.showError(Messages.get("missions.export.failed"), e)));
    }

    /** The words typed to find missions in every pair; empty to list the chosen pair's. */
    public StringProperty searchProperty() {
        return search;
    }

    /** How many missions the search found, empty when no search is under way. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Mission> missions() {
        return missions;
    }

    public ObjectProperty<Mission> selectedProperty() {
        return selected;
    }
}
