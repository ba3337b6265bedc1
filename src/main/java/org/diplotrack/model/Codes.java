package org.diplotrack.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplotrack.model.l10n.Localization;

/**
 * Parses the kebab-case text codes of the model's enums, with an error that lists the choices;
 * and, for the enums of other layers with codes of their own, finds a value by its code.
 */
public final class Codes {
    private Codes() {
    }

    /** The value whose code is the text, case and surrounding spaces aside; empty when none is. */
    public static <E> Optional<E> find(E[] values, Function<E, String> code, String text) {
        if (text != null) {
            for (E value : values) {
                if (code.apply(value).equalsIgnoreCase(text.trim())) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
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
        // "error.code.level", "error.code.mode", "error.code.status", "error.code.origin", "error.code.kind"
        throw new IllegalArgumentException(Localization.text("error.code." + noun(type).replace(' ', '-'),
                String.valueOf(code), choices));
    }

    private static String noun(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
