package org.diplotrack.model;

/** A person taking part on one side: name and title or office (either may be absent). */
public record Participant(String name, String title) {

    public Participant {
        name = Text.blankToNull(name);
        title = Text.blankToNull(title);
        if (name == null && title == null) {
            throw new IllegalArgumentException("a participant needs a name or a title");
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
