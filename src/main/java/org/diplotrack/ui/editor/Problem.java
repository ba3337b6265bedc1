package org.diplotrack.ui.editor;

/** Something wrong with a field: an error blocks saving, a warning only informs. */
public record Problem(String field, String message, boolean error) {
}
