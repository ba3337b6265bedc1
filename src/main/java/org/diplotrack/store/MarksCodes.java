package org.diplotrack.store;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;

/**
 * A contact's level, mode, status and approximate flag packed by SQLite into one integer (one
 * byte each: the enums' ordinals), so reading the timeline's marks takes one column for four.
 * The SQL is made from the enums' codes, so it follows them.
 */
final class MarksCodes {
    static final String PACKED = ordinal("level", Level.values(), Level::code) + " | ("
            + ordinal("mode", Mode.values(), Mode::code) + " << 8) | ("
            + ordinal("status", Status.values(), Status::code) + " << 16) | (approximate << 24)";

    private MarksCodes() {
    }

    /** {@code CASE column WHEN 'code' THEN ordinal ... END}; an unknown code reads as 0. */
    private static <E extends Enum<E>> String ordinal(String column, E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(v -> "WHEN '" + code.apply(v) + "' THEN " + v.ordinal())
                .collect(Collectors.joining(" ", "(CASE " + column + " ", " ELSE 0 END)"));
    }

    static byte level(int packed) {
        return (byte) (packed & 0xFF);
    }

    static byte mode(int packed) {
        return (byte) (packed >> 8 & 0xFF);
    }

    static byte status(int packed) {
        return (byte) (packed >> 16 & 0xFF);
    }

    static boolean approximate(int packed) {
        return (packed >> 24 & 0xFF) != 0;
    }
}
