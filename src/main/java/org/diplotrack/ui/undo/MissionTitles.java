package org.diplotrack.ui.undo;

import org.diplotrack.model.Mission;
import org.diplotrack.ui.Messages;

/** How the Edit menu names a mission: "the mission of Canada in Russia (A. Example)". */
final class MissionTitles {
    private MissionTitles() {
    }

    static String of(Mission m) {
        return Messages.get(m.head() == null ? "undo.mission.unnamed" : "undo.mission", m.sending().label(),
                m.receiving().label(), m.head());
    }
}
