package org.diplotrack.model;

import java.util.Map;
import java.util.function.Function;
import org.diplotrack.model.l10n.Localization;

/**
 * One field of a contact before and after a change, as text in the record's own codes
 * ({@code before} null for a field that was empty, {@code after} null for one emptied), so the
 * history reads the same in every language; {@link #shown} translates the codes for display.
 */
public record FieldChange(String field, String before, String after) {
    private static final Map<String, Function<String, String>> LABELS = Map.of(
            "countryA", code -> Countries.lookup(code).label(),
            "countryB", code -> Countries.lookup(code).label(),
            "levelA", code -> Level.fromCode(code).label(),
            "levelB", code -> Level.fromCode(code).label(),
            "mode", code -> Mode.fromCode(code).label(),
            "status", code -> Status.fromCode(code).label(),
            "setting", code -> new Setting(Setting.Kind.fromCode(code), null).label(),
            "approximate", code -> Localization.text("history.value.yes"));

    /** The field's name in the language in use ("Side B: level"). */
    public String label() {
        return Localization.text("history.field." + field);
    }

    /**
     * A value of this field as the window shows it, in the language in use (a code the app
     * no longer knows as it is); {@code none} for no value.
     */
    public String shown(String value, String none) {
        if (value == null) {
            return none;
        }
        Function<String, String> label = LABELS.get(field);
        try {
            return label == null ? value : label.apply(value);
        } catch (IllegalArgumentException unknownCode) {
            return value;
        }
    }
}
