package org.diplotrack.io;

/** Why an input row did not become a contact. */
public enum SkipReason {
    NOT_CONTACT_CODE("not a contact code"),
    SAME_COUNTRY("same country on both sides"),
    UNKNOWN_COUNTRY("unknown or missing country"),
    BAD_DATE("bad date"),
    MALFORMED("malformed row");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
