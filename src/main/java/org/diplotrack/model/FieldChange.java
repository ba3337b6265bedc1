package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/**
 * One field of a contact before and after a change, as text in the record's own codes
 * ({@code before} null for a field that was empty, {@code after} null for one emptied).
 */
public record FieldChange(String field, String before, String after) {

    /** The field's name in the language in use ("level of side B"). */
    public String label() {
        return Localization.text("history.field." + field);
    }
}
