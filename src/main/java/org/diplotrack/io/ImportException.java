package org.diplotrack.io;

/** Input that cannot be read, named by file, line and field so the user can fix it. */
public class ImportException extends RuntimeException {
    private final String file;
    private final long line;
    private final String field;

    public ImportException(String file, long line, String field, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (field == null ? "" : ", field '" + field + "'")
                + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
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
