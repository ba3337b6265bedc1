package org.diplotrack.ui.undo;

import org.diplotrack.store.ContactRepository;

/** A change to the record that can be undone and redone. Runs on the worker thread. */
public interface ContactCommand {

    /** What the Edit menu names, e.g. "edit of 2022-01-29 Canada–Russia". */
    String description();

    void apply(ContactRepository contacts);

    void revert(ContactRepository contacts);
}
