package org.diplotrack.ui.undo;

import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;

/**
 * Takes contacts and missions out of the trash together, so that one Undo puts back what one
 * Restore took out.
 */
public final class RestoreFromTrash implements RecordCommand {
    private final List<Contact> contacts;
    private final TrashContacts contactsOut;
    private final TrashMissions missionsOut;
    private final List<Mission> missions;

    public RestoreFromTrash(List<Contact> contacts, List<Mission> missions) {
        this.contacts = List.copyOf(contacts);
        this.missions = List.copyOf(missions);
        this.contactsOut = new TrashContacts(contacts, true);
        this.missionsOut = new TrashMissions(missions, true);
    }

    @Override
    public String description() {
        if (missions.isEmpty()) {
            return contactsOut.description();
        }
        if (contacts.isEmpty()) {
            return missionsOut.description();
        }
        return Messages.get("undo.restore", Messages.get("trash.and",
                TrashContacts.what(contacts), TrashMissions.what(missions)));
    }

    @Override
    public void apply(Database record) {
        // Each repository writes in its own transaction; the missions go second and come back first.
        if (!contacts.isEmpty()) {
            contactsOut.apply(record);
        }
        if (!missions.isEmpty()) {
            missionsOut.apply(record);
        }
    }

    @Override
    public void revert(Database record) {
        if (!missions.isEmpty()) {
            missionsOut.revert(record);
        }
        if (!contacts.isEmpty()) {
            contactsOut.revert(record);
        }
    }
}
