package org.diplotrack.model;

import java.util.List;

/** Small helpers for optional text fields: blank means absent. */
public final class Text {
    private Text() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
