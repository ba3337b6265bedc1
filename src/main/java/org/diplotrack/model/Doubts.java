package org.diplotrack.model;

/**
 * Which contacts to show by their doubts ({@link ContactQuality}): any, only those without a
 * doubt, or only those with one (to review them).
 */
public enum Doubts {
    ANY, WITHOUT, ONLY;

    /** "any", "without", "only": the command line's word and the stored setting. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value of a code; ANY for null or a word it does not know. */
    public static Doubts ofCode(String code) {
        for (Doubts d : values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        return ANY;
    }
}
