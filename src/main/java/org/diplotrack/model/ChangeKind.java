package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/** What a recorded change did to a contact (the history, issue 14). */
public enum ChangeKind {
    CREATE, EDIT, TRASH, RESTORE, PURGE, IMPORT;

    /** "create", "edit", …: files, the database and the command line use it. */
    public String code() {
        return Codes.of(this);
    }

    public static ChangeKind fromCode(String code) {
        return Codes.parse(ChangeKind.class, values(), code);
    }

    /** The change's name in the language in use ("edited"). */
    public String label() {
        return Localization.text("history.kind." + code());
    }
}
