package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Moves missions to the trash; undo takes them back out. */
public final class TrashMissions implements RecordCommand {
    private final List<Mission> missions;
    private final List<Long> ids;

    public TrashMissions(List<Mission> missions) {
        this.missions = List.copyOf(missions);
        this.ids = missions.stream().map(Mission::id).toList();
    }

    @Override
    public String description() {
        String what = missions.size() == 1 ? MissionTitles.of(missions.get(0))
                : Messages.get("undo.missions", missions.size());
        return Messages.get("undo.delete", what);
    }

    @Override
    public void apply(Database record) {
        record.missions().moveToTrash(ids);
    }

    @Override
    public void revert(Database record) {
        record.missions().restore(ids);
    }
}
