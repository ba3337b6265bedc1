package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/** A person taking part on one side: name and title or office (either may be absent). */
public record Participant(String name, String title) {

    public Participant {
        name = Text.blankToNull(name);
        title = Text.blankToNull(title);
        if (name == null && title == null) {
            throw new IllegalArgumentException(Localization.text("error.participant.empty"));
        }
    }

    /** "Melanie Joly (Minister of Foreign Affairs)", or whichever part is known. */
    public String label() {
        if (name == null) {
            return title;
        }
        return title == null ? name : name + " (" + title + ")";
    }
}
