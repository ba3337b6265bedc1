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
import org.diplotrack.model.l10n.Localization;

/**
 * The active filters in words, in the language in use, for a chart's subtitle and caption:
 * "Canada–Russia (CA-RU), 2014 to 2024".
 */
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
            parts.add(Localization.text("chart.filter.country", f.country().label()));
        } else {
            parts.add(Localization.text("chart.filter.allPairs"));
        }
        if (f.from() != null && f.to() != null) {
            parts.add(Localization.text("chart.filter.range", f.from().toString(), f.to().toString()));
        } else if (f.from() != null) {
            parts.add(Localization.text("chart.filter.from", f.from().toString()));
        } else if (f.to() != null) {
            parts.add(Localization.text("chart.filter.to", f.to().toString()));
        } else {
            parts.add(Localization.text("chart.filter.allDates"));
        }
        addSet(parts, "chart.filter.levels", f.levels(), Level::label);
        addSet(parts, "chart.filter.statuses", f.statuses(), Status::label);
        addSet(parts, "chart.filter.modes", f.modes(), Mode::label);
        if (f.tag() != null) {
            parts.add(Localization.text("chart.filter.tag", f.tag()));
        }
        if (f.text() != null) {
            parts.add(Localization.text("chart.filter.text", f.text()));
        }
        if (f.minSources() > 1) {
            parts.add(Localization.text("chart.filter.minSources", f.minSources()));
        }
        if (f.doubts() != org.diplotrack.model.Doubts.ANY) {
            parts.add(Localization.text(f.doubts() == org.diplotrack.model.Doubts.ONLY ? "chart.filter.onlyDoubts"
                    : "chart.filter.withoutDoubts"));
        }
        if (f.rootOnly()) {
            parts.add(Localization.text("chart.filter.rootOnly"));
        }
        return String.join(", ", parts);
    }

    /** "level minister", "statuses held, invited": the noun takes the number of the values. */
    private static <E extends Enum<E>> void addSet(List<String> parts, String key, Collection<E> values,
                                                   Function<E, String> label) {
        if (!values.isEmpty()) {
            parts.add(Localization.text(key, values.size(), values.stream().sorted().map(label)
                    .collect(Collectors.joining(", "))));
        }
    }
}
