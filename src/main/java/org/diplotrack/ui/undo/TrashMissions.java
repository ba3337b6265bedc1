package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;
import org.diplotrack.store.MissionRepository;
import org.diplotrack.ui.Messages;

/** Moves missions to the trash (or, with {@code restore}, back out of it); undo does the opposite. */
public final class TrashMissions implements RecordCommand {
    private final List<Mission> missions;
    private final List<Long> ids;
    private final boolean restore;

    public TrashMissions(List<Mission> missions, boolean restore) {
        this.missions = List.copyOf(missions);
        this.ids = missions.stream().map(Mission::id).toList();
        this.restore = restore;
    }

    /** What the Edit menu calls these missions: one by its title, several by their number. */
    static String what(List<Mission> missions) {
        return missions.size() == 1 ? MissionTitles.of(missions.get(0))
                : Messages.get("undo.missions", missions.size());
    }

    @Override
    public String description() {
        return Messages.get(restore ? "undo.restore" : "undo.delete", what(missions));
    }

    @Override
    public void apply(Database record) {
        move(record.missions(), restore);
    }

    @Override
    public void revert(Database record) {
        move(record.missions(), !restore);
    }

    private void move(MissionRepository repository, boolean out) {
        if (out) {
            repository.restore(ids);
        } else {
            repository.moveToTrash(ids);
        }
    }
}
