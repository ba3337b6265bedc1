package org.diplotrack.ui.undo;

import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/** Replaces a mission's fields; undo puts the old ones back. */
public final class EditMission implements RecordCommand {
    private final Mission before;
    private final Mission after;

    public EditMission(Mission before, Mission after) {
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return Messages.get("undo.edit", MissionTitles.of(before));
    }

    @Override
    public void apply(Database record) {
        record.missions().update(after);
    }

    @Override
    public void revert(Database record) {
        record.missions().update(before);
    }
}
