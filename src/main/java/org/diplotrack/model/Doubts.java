package org.diplotrack.model;

/**
 * Which contacts to show by their doubts ({@link ContactQuality}): any, only those without a
 * doubt, or only those with one (to review them).
 */
public enum Doubts {
    ANY, WITHOUT, ONLY;

    /** "any", "without", "only": the command line's word and the stored setting. */
    public String code() {
        return Codes.of(this);
    }
}
