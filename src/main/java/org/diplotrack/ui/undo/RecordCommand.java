package org.diplotrack.ui.undo;

import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;

/** A change to the record (its contacts or its missions) that can be undone and redone. Runs on the worker thread. */
public interface RecordCommand {

    /** What the Edit menu names, e.g. "edit of 2022-01-29 Canada–Russia". */
    String description();

    void apply(Database record);

    void revert(Database record);

    /** The contact the window selects once the change is applied; null when it selects none. */
    default Contact shown() {
        return null;
    }
}
