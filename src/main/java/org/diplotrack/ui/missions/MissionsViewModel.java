package org.diplotrack.ui.missions;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Mission;
import org.diplotrack.ui.ChangesViewModel;
import org.diplotrack.ui.DialogService;

/**
 * The Missions tab: the selected pair's missions both ways, newest first, and new, edit and
 * delete through the record's undo history (Edit › Undo takes a change back).
 */
public final class MissionsViewModel {
    private final DialogService dialogs;
    private final ChangesViewModel changes;
    private final ObservableValue<Dyad> pair;
    private final ObservableList<Mission> missions = FXCollections.observableArrayList();
    private final ObjectProperty<Mission> selected = new SimpleObjectProperty<>();

    public MissionsViewModel(DialogService dialogs, ChangesViewModel changes, ObservableValue<Dyad> pair,
                             ObservableValue<List<Mission>> pairMissions) {
        this.dialogs = dialogs;
        this.changes = changes;
        this.pair = pair;
        show(pairMissions.getValue());
        pairMissions.addListener((obs, old, now) -> show(now));
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

    public ObservableList<Mission> missions() {
        return missions;
    }

    public ObjectProperty<Mission> selectedProperty() {
        return selected;
    }
}
