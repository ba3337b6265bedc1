package org.diplotrack.chart.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;

/** The active filters in words, for a chart's subtitle and caption: "Canada–Russia (CA-RU), 2014 to 2024". */
public final class FilterWords {
    private FilterWords() {
    }

    public static String of(ContactFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.dyad() != null) {
            parts.add(f.dyad().label() + " (" + f.dyad().code() + ")");
        } else if (!f.pairs().isEmpty()) {
            parts.add(f.pairs().stream().map(org.diplotrack.model.Dyad::label).sorted()
                    .collect(java.util.stream.Collectors.joining(", ")));
        } else if (f.country() != null) {
            parts.add("contacts of " + f.country().name());
        } else {
            parts.add("all pairs");
        }
        if (f.from() != null && f.to() != null) {
            parts.add(f.from() + " to " + f.to());
        } else if (f.from() != null) {
            parts.add("from " + f.from());
        } else if (f.to() != null) {
            parts.add("up to " + f.to());
        } else {
            parts.add("all dates");
        }
        addSet(parts, "level", "levels", f.levels(), Level::label);
        addSet(parts, "status", "statuses", f.statuses(), Status::label);
        addSet(parts, "mode", "modes", f.modes(), Mode::label);
        if (f.tag() != null) {
            parts.add("tag “" + f.tag() + "”");
        }
        if (f.text() != null) {
            parts.add("text “" + f.text() + "”");
        }
        return String.join(", ", parts);
    }

    private static <E extends Enum<E>> void addSet(List<String> parts, String one, String many, Collection<E> values,
                                                   Function<E, String> label) {
        if (!values.isEmpty()) {
            parts.add((values.size() == 1 ? one : many) + " " + values.stream().sorted().map(label)
                    .collect(Collectors.joining(", ")));
        }
    }
}
