package org.diplotrack.io;

import java.util.EnumSet;
import java.util.Set;
import org.diplotrack.model.Codes;

/** The formats {@code import} reads; {@link #AUTO} detects the others from the file's content. */
public enum ImportFormat {
    AUTO("auto", "detected from the content"),
    CSV("csv", "DiploTrack CSV"),
    JSON("json", "DiploTrack JSON"),
    GDELT1("gdelt1", "GDELT 1.0 events"),
    GDELT2("gdelt2", "GDELT 2.0 events"),
    ICEWS("icews", "ICEWS events");

    private final String code;
    private final String label;

    ImportFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * The reasons a row of this format may be skipped for, which its report lists: a CSV row is
     * only ever malformed (a bad country or date is a bad field), and a faulty JSON contact stops
     * the import.
     */
    public Set<SkipReason> skipReasons() {
        return switch (this) {
            case CSV -> EnumSet.of(SkipReason.MALFORMED);
            case JSON -> EnumSet.noneOf(SkipReason.class);
            case AUTO, GDELT1, GDELT2, ICEWS -> EnumSet.allOf(SkipReason.class);
        };
    }

    public static ImportFormat fromCode(String text) {
        return Codes.find(values(), ImportFormat::code, text).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + text + "' (expected one of: auto, csv, json, gdelt1, gdelt2, icews)"));
    }
}
