package org.diplotrack.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.l10n.Localization;

/**
 * What an import did with every input row: imported, already present, or skipped for a reason;
 * malformed rows are listed with their line numbers (the first {@value #LISTED} of them).
 * {@code rows == imported + alreadyPresent + skipped()} always holds once the import is done;
 * {@link #contacts()} says how many contacts the imported rows made.
 */
public final class ImportReport {
    static final int LISTED = 100;

    /**
     * One malformed row: its line, the field at fault (may be null: a column name, the same in
     * every language) and what is wrong (in the language in use).
     */
    public record Problem(long line, String field, String message) {
        /** "line 3, field 'date': …", in the language in use. */
        @Override
        public String toString() {
            return field == null ? Localization.text("import.problem.line", String.valueOf(line), message)
                    : Localization.text("import.problem.lineField", String.valueOf(line), field, message);
        }
    }

    private final String file;
    private final ImportFormat format;
    private long rows;
    private long imported;
    private long alreadyPresent;
    private long contacts;
    private long joined;
    private long blankLines;
    private long unknownLevels;
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

    void stored(ImportCounts counts) {
        imported = counts.rows();
        alreadyPresent = counts.alreadyPresent();
        contacts = counts.added();
        joined = counts.joined();
    }

    void blankLines(long n) {
        blankLines = n;
    }

    void unknownLevels(long n) {
        unknownLevels = n;
    }

    /** Imported rows whose level the rules could not read from a title (Office of the Historian visits). */
    public long unknownLevels() {
        return unknownLevels;
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

    /** New contacts the imported rows made: fewer than the rows where reports of one event were merged. */
    public long contacts() {
        return contacts;
    }

    /** Contacts on record that imported rows joined as reports. */
    public long joined() {
        return joined;
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

    /**
     * The report as the CLI prints it and the GUI shows it, in the language in use: its counts,
     * lines and fields are those of the accessors, which are what code should read.
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(Localization.text("import.report.rows", file, format.label(), rows)).append('\n');
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        labels.add(Localization.text("import.report.imported"));
        counts.add(imported);
        labels.add(Localization.text("import.report.alreadyPresent"));
        counts.add(alreadyPresent);
        for (SkipReason reason : SkipReason.values()) {
            if (format.skipReasons().contains(reason) || skipped(reason) > 0) {
                labels.add(Localization.text("import.report.skipped", reason.label()));
                counts.add(skipped(reason));
            }
        }
        int width = Math.max(36, labels.stream().mapToInt(String::length).max().orElse(0));
        for (int i = 0; i < labels.size(); i++) {
            sb.append(String.format(Localization.locale(), "  %-" + width + "s %,d\n", labels.get(i), counts.get(i)));
        }
        if (imported != contacts || joined > 0) {
            sb.append(Localization.text("import.report.merged", imported, contacts, joined)).append('\n');
        }
        if (blankLines > 0) {
            sb.append(Localization.text("import.report.blankLines", blankLines)).append('\n');
        }
        if (unknownLevels > 0) {
            sb.append(Localization.text("import.report.unknownLevels", unknownLevels)).append('\n');
        }
        if (!encoding.equals("UTF-8")) {
            sb.append(Localization.text("import.report.encoding", encoding)).append('\n');
        }
        if (!ignoredColumns.isEmpty()) {
            sb.append(Localization.text("import.report.ignoredColumns", ignoredColumns.size(),
                    ignoredColumns.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")))).append('\n');
        }
        for (Problem p : problems) {
            sb.append("  ").append(p).append('\n');
        }
        long malformed = skipped(SkipReason.MALFORMED);
        if (malformed > problems.size()) {
            sb.append("  ").append(Localization.text("import.report.moreMalformed", malformed - problems.size()))
                    .append('\n');
        }
        return sb.toString();
    }
}
