package org.diplotrack.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.diplotrack.model.Contact;

/** The question asked before saving a contact that looks like some on record, the same everywhere. */
public final class DuplicateWarning {
    private DuplicateWarning() {
    }

    public static String title() {
        return Messages.get("editor.duplicate.title");
    }

    /** The question, naming each near-copy on a line. */
    public static String text(List<Contact> matches) {
        return Messages.get("editor.duplicate.text", matches.stream().map(DuplicateWarning::line)
                .collect(Collectors.joining("\n")));
    }

    /** One near-copy: its title, level, mode, status and summary. */
    public static String line(Contact c) {
        return c.title() + " — " + c.level().label() + ", " + c.mode().label() + ", " + c.status().label()
                + (c.summary() == null ? "" : ": " + c.summary());
    }
}
