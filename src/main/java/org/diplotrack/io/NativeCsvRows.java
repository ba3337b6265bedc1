package org.diplotrack.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;

/**
 * Reads the native CSV that {@link ContactCsvWriter} writes, one record at a time, and the same
 * columns as a spreadsheet saves them: any of them in any order and case ({@link CsvHeader}),
 * separated by commas, semicolons or tabs, in UTF-8 or else Windows-1251 or -1252
 * ({@link Utf8OrLegacyReader}). Only {@code date}, {@code country_a}, {@code country_b},
 * {@code mode} and {@code status} are required; {@code id} and the derived {@code level} are
 * ignored, and so are columns of other names, which the report lists. A faulty row is reported
 * as malformed with its line and field.
 */
final class NativeCsvRows implements RowReader {
    /** The longest header line looked at to tell the delimiter. */
    private static final int HEADER_LIMIT = 1 << 16;

    private final String file;
    private final Utf8OrLegacyReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> header = new HashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final int columns;

    NativeCsvRows(InputStream in, String file) throws IOException {
        this.file = file;
        this.text = new Utf8OrLegacyReader(in);
        BufferedReader buffered = new BufferedReader(text, HEADER_LIMIT);
        char delimiter = CsvHeader.delimiter(firstLine(buffered));
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(buffered);
        this.records = parser.iterator();
        List<String> names = headerRecord();
        this.columns = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = CsvHeader.name(names.get(i));
            if (name.isEmpty()) {
                continue; // a column without a name, as spreadsheets leave them
            }
            if (!ContactCsvWriter.COLUMNS.contains(name)) {
                ignored.add(names.get(i).strip());
            } else if (header.putIfAbsent(name, i) != null) {
                throw new ImportException(file, 1, name, Localization.text("import.error.columnTwice"));
            }
        }
        for (String column : CsvHeader.REQUIRED) {
            if (!header.containsKey(column)) {
                throw CsvHeader.lacks(file, column);
            }
        }
    }

    /** The first line, for its delimiter; the reader is left before it, but past a byte-order mark. */
    private static String firstLine(BufferedReader in) throws IOException {
        in.mark(HEADER_LIMIT + 1);
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n' && line.length() < HEADER_LIMIT; c = in.read()) {
            line.append((char) c);
        }
        in.reset();
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
            in.skip(1);
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    private List<String> headerRecord() {
        try {
            if (!records.hasNext()) {
                throw new ImportException(file, 1, null, Localization.text("import.error.noHeader"));
            }
            return records.next().toList();
        } catch (UncheckedIOException e) {
            throw new ImportException(file, 1, null, Localization.text("import.error.badHeader", e.getCause().getMessage()));
        }
    }

    @Override
    public String encoding() {
        // "windows-1251" as Microsoft writes it.
        return text.legacy() == null ? "UTF-8" : "W" + text.legacy().name().substring(1);
    }

    @Override
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    @Override
    public RowResult next() throws IOException {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            // commons-csv reports an unclosed quote this way; nothing after it can be read.
            return RowResult.malformed(line, null, Localization.text("import.error.badCsv", e.getCause().getMessage()));
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
            return next();
        }
        if (record.size() != columns) {
            return RowResult.malformed(line, null, "expected " + columns + " columns as in the header, found "
                    + record.size());
        }
        for (String value : record) {
            if (value.indexOf('\uFFFD') >= 0) {
                return RowResult.malformed(line, null, Localization.text("import.error.csvNotUtf8"));
            }
        }
        try {
            return RowResult.contact(line, new Row(record).contact());
        } catch (FieldException e) {
            return RowResult.malformed(line, e.field, e.getMessage());
        }
    }

    /** A faulty field: the name travels with the message to the report. */
    private static final class FieldException extends RuntimeException {
        final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** One record's cells, read by column name. */
    private final class Row {
        private final CSVRecord record;

        Row(CSVRecord record) {
            this.record = record;
        }

        Contact contact() {
            Side a = side("a");
            Side b = side("b");
            PartialDate date = required("date", PartialDate::parse);
            PartialDate end = optional("end_date", PartialDate::parse);
            String approximate = cell("approximate");
            if (approximate != null && !approximate.equals("true") && !approximate.equals("false")) {
                throw new FieldException("approximate", Localization.text("import.error.notBoolean", approximate));
            }
            Provenance provenance = provenance();
            return build("contact", () -> new Contact(0, a, b, date, end, "true".equals(approximate),
                    required("mode", Mode::fromCode), optional("setting", NativeCsvRows::setting),
                    required("status", Status::fromCode), cell("location"), cell("summary"),
                    items("tags", CsvCells::unescape), items("sources", NativeCsvRows::source), provenance,
                    items("reports", NativeCsvRows::report),
                    optional("created", Instant::parse), optional("modified", Instant::parse)));
        }

        private Side side(String x) {
            return build("country_" + x, () -> new Side(required("country_" + x, Countries::lookup),
                    optional("level_" + x, Level::fromCode), cell("portfolio_" + x),
                    items("participants_" + x, NativeCsvRows::participant)));
        }

        private Provenance provenance() {
            Provenance.Origin origin = optional("origin", Provenance.Origin::fromCode);
            if (origin == null) {
                return Provenance.nativeImport(file);
            }
            return build("origin", () -> new Provenance(origin, cell("dataset"), cell("file"), cell("event_id"),
                    cell("cameo_code")));
        }

        private <T> List<T> items(String column, Function<String, T> parse) {
            String value = cell(column);
            List<T> items = new ArrayList<>();
            if (value != null) {
                for (String item : CsvCells.split(value, CsvCells.ITEMS)) {
                    items.add(build(column, () -> parse.apply(item)));
                }
            }
            return items;
        }

        /** The cell as written, without the apostrophe that neutralised it; null when empty or absent. */
        private String cell(String column) {
            Integer i = header.get(column);
            if (i == null) {
                return null;
            }
            String value = record.get(i);
            if (value.startsWith("'")) {
                value = value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }

        private <T> T required(String column, Function<String, T> parse) {
            T value = optional(column, parse);
            if (value == null) {
                throw new FieldException(column, Localization.text("import.error.missing"));
            }
            return value;
        }

        private <T> T optional(String column, Function<String, T> parse) {
            String value = cell(column);
            return value == null ? null : build(column, () -> parse.apply(value));
        }

        private <T> T build(String column, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (FieldException e) {
                throw e;
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new FieldException(column, e.getMessage());
            }
        }
    }

    /** "bilateral", "multilateral" or "multilateral: EVENT", as {@link Setting#code()} writes it. */
    static Setting setting(String text) {
        if (text.equals("bilateral")) {
            return Setting.BILATERAL;
        }
        if (text.equals("multilateral")) {
            return Setting.multilateral(null);
        }
        if (text.startsWith("multilateral: ")) {
            return Setting.multilateral(text.substring("multilateral: ".length()));
        }
        throw new IllegalArgumentException(Localization.text("import.error.setting", text));
    }

    /** "Name (Title)", "Name" or "(Title)", escaped as {@link CsvCells} says. */
    static Participant participant(String item) {
        int open = CsvCells.indexOfUnescaped(item, '(');
        if (open < 0) {
            return new Participant(CsvCells.unescape(item), null);
        }
        if (!item.endsWith(")") || (open > 0 && item.charAt(open - 1) != ' ')) {
            throw new IllegalArgumentException(Localization.text("import.error.participant", item));
        }
        String name = open == 0 ? null : CsvCells.unescape(item.substring(0, open - 1));
        return new Participant(name, CsvCells.unescape(item.substring(open + 1, item.length() - 1)));
    }

    /** "publication | title | author | url | published | accessed | quote". */
    static Source source(String item) {
        List<String> f = CsvCells.split(item, CsvCells.FIELDS);
        if (f.size() != 7) {
            throw new IllegalArgumentException(Localization.text("import.error.sourceFields", String.valueOf(f.size())));
        }
        return new Source(text(f.get(0)), text(f.get(1)), text(f.get(2)), text(f.get(3)),
                f.get(4).isEmpty() ? null : PartialDate.parse(f.get(4)),
                f.get(5).isEmpty() ? null : LocalDate.parse(f.get(5)), text(f.get(6)));
    }

    /** The sixteen fields {@link ContactCsvWriter#report} writes. */
    static Report report(String item) {
        List<String> f = CsvCells.split(item, CsvCells.FIELDS);
        if (f.size() != 16) {
            throw new IllegalArgumentException(Localization.text("import.error.reportFields", String.valueOf(f.size())));
        }
        return new Report(text(f.get(0)), text(f.get(1)), text(f.get(2)), PartialDate.parse(f.get(3)),
                f.get(4).isEmpty() ? null : LocalDate.parse(f.get(4)), text(f.get(5)), text(f.get(6)),
                Level.fromCode(f.get(7)), Mode.fromCode(f.get(8)), text(f.get(9)), text(f.get(10)), text(f.get(11)),
                number(f.get(12)), number(f.get(13)), number(f.get(14)),
                f.get(15).isEmpty() ? null : Boolean.parseBoolean(f.get(15)));
    }

    private static Integer number(String cell) {
        return cell.isEmpty() ? null : Integer.valueOf(cell);
    }

    private static String text(String escaped) {
        return escaped.isEmpty() ? null : CsvCells.unescape(escaped);
    }
}
