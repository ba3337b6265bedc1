package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Adds a mission; undo removes it for good, redo adds it again. */
public final class AddMission implements RecordCommand {
    private final Mission draft;
    private Mission mission;

    public AddMission(Mission draft) {
        this.draft = draft;
        this.mission = draft;
    }

    @Override
    public String description() {
        return Messages.get("undo.add", MissionTitles.of(mission));
    }

    @Override
    public void apply(Database record) {
        mission = record.missions().add(draft);
    }

    @Override
    public void revert(Database record) {
        record.missions().purge(List.of(mission.id()));
    }
}
