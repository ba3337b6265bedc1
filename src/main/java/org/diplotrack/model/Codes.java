package org.diplotrack.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the kebab-case text codes of the model's enums, with an error that lists the choices. */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, E[] values, String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            for (E value : values) {
                if (of(value).equals(wanted)) {
                    return value;
                }
            }
        }
        String choices = Arrays.stream(values).map(Codes::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + noun(type) + " '" + code + "' (expected one of: " + choices + ")");
    }

    private static String noun(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
