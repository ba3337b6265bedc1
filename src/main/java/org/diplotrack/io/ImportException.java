package org.diplotrack.io;

import org.diplotrack.model.l10n.Localization;

/** Input that cannot be read, named by file, line and field so the user can fix it. */
public class ImportException extends RuntimeException {
    private final String file;
    private final long line;
    private final String field;

    public ImportException(String file, long line, String field, String problem) {
        super(where(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** "data.csv line 3, field 'date': …", "data.csv: …", in the language in use. */
    private static String where(String file, long line, String field, String problem) {
        String at = String.valueOf(line);
        if (line > 0) {
            return field == null ? Localization.text("import.where.line", file, at, problem)
                    : Localization.text("import.where.lineField", file, at, field, problem);
        }
        return field == null ? Localization.text("import.where.file", file, problem)
                : Localization.text("import.where.field", file, field, problem);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
