package org.diplotrack.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did with every input row: imported, already present, or skipped for a reason;
 * malformed rows are listed with their line numbers (the first {@value #LISTED} of them).
 * {@code rows == imported + alreadyPresent + skipped()} always holds once the import is done.
 */
public final class ImportReport {
    static final int LISTED = 100;

    /** One malformed row: its line, the field at fault (may be null) and what is wrong. */
    public record Problem(long line, String field, String message) {
        @Override
        public String toString() {
            return "line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + message;
        }
    }

    private final String file;
    private final ImportFormat format;
    private long rows;
    private long imported;
    private long alreadyPresent;
    private long blankLines;
    private String encoding = "UTF-8";
    private List<String> ignoredColumns = List.of();
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private final List<Problem> problems = new ArrayList<>();

    ImportReport(String file, ImportFormat format) {
        this.file = file;
        this.format = format;
    }

    void row() {
        rows++;
    }

    void skip(RowResult row) {
        skipped.merge(row.reason(), 1L, Long::sum);
        if (row.reason() == SkipReason.MALFORMED && problems.size() < LISTED) {
            problems.add(new Problem(row.line(), row.field(), row.detail()));
        }
    }

    void stored(long added, long present) {
        imported = added;
        alreadyPresent = present;
    }

    void blankLines(long n) {
        blankLines = n;
    }

    void readAs(String textEncoding, List<String> ignored) {
        encoding = textEncoding;
        ignoredColumns = List.copyOf(ignored);
    }

    public String file() {
        return file;
    }

    public ImportFormat format() {
        return format;
    }

    public long rows() {
        return rows;
    }

    public long imported() {
        return imported;
    }

    public long alreadyPresent() {
        return alreadyPresent;
    }

    public long skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    public long skipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Empty lines, which are passed over and not counted as rows. */
    public long blankLines() {
        return blankLines;
    }

    /** The text encoding the file was read in: UTF-8, or Windows-1251 or -1252 for a CSV that is not UTF-8. */
    public String encoding() {
        return encoding;
    }

    /** Header columns the format does not know, passed over (CSV), as the header names them. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** The malformed rows, at most the first {@value #LISTED}. */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The report as the CLI prints it and the GUI shows it. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(" (").append(format.label()).append("): ").append(count(rows, "row")).append('\n');
        line(sb, "imported", imported);
        line(sb, "already present", alreadyPresent);
        long malformed = skipped(SkipReason.MALFORMED);
        for (SkipReason reason : SkipReason.values()) {
            if (format.skipReasons().contains(reason) || skipped(reason) > 0) {
                line(sb, "skipped, " + reason.label(), skipped(reason));
            }
        }
        if (blankLines > 0) {
            sb.append("(").append(count(blankLines, "empty line")).append(" passed over)\n");
        }
        if (!encoding.equals("UTF-8")) {
            sb.append("(read as ").append(encoding).append(": the file is not UTF-8; if letters look wrong, save it as CSV UTF-8)\n");
        }
        if (!ignoredColumns.isEmpty()) {
            sb.append("(").append(count(ignoredColumns.size(), "unknown column")).append(" ignored: ")
                    .append(ignoredColumns.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")))
                    .append(")\n");
        }
        for (Problem p : problems) {
            sb.append("  ").append(p).append('\n');
        }
        if (malformed > problems.size()) {
            sb.append("  … and ").append(malformed - problems.size()).append(" more malformed rows\n");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, long n) {
        sb.append(String.format("  %-36s %,d\n", label, n));
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
