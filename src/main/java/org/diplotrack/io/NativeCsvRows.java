package org.diplotrack.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;

/**
 * Reads the native CSV that {@link ContactCsvWriter} writes, one record at a time. Only
 * {@code date}, {@code country_a}, {@code country_b}, {@code mode} and {@code status} are required,
 * so a hand-made spreadsheet with those columns imports too; {@code id} and the derived
 * {@code level} are ignored. A faulty row is reported as malformed with its line and field.
 */
final class NativeCsvRows implements RowReader {
    private static final List<String> REQUIRED = List.of("date", "country_a", "country_b", "mode", "status");

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> header;

    NativeCsvRows(Reader in, String file) throws IOException {
        this.file = file;
        this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get().parse(in);
        this.header = parser.getHeaderMap();
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                throw new ImportException(file, 1, column, "this CSV header lacks the column");
            }
        }
        this.records = parser.iterator();
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
            return RowResult.malformed(line, null, "cannot be parsed as CSV: " + e.getCause().getMessage());
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
            return next();
        }
        if (record.size() != header.size()) {
            return RowResult.malformed(line, null, "expected " + header.size() + " columns as in the header, found "
                    + record.size());
        }
        for (String value : record) {
            if (value.indexOf('\uFFFD') >= 0) {
                return RowResult.malformed(line, null, "not valid UTF-8 text");
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
                throw new FieldException("approximate", "'" + approximate + "' is not true or false");
            }
            Provenance provenance = provenance();
            return build("contact", () -> new Contact(0, a, b, date, end, "true".equals(approximate),
                    required("mode", Mode::fromCode), optional("setting", NativeCsvRows::setting),
                    required("status", Status::fromCode), cell("location"), cell("summary"),
                    items("tags", CsvCells::unescape), items("sources", NativeCsvRows::source), provenance,
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
                throw new FieldException(column, "missing");
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

    /** "bilateral", "multilateral" or "multilateral: EVENT", as {@link Setting#label()} writes it. */
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
        throw new IllegalArgumentException("'" + text + "' is not bilateral, multilateral or multilateral: EVENT");
    }

    /** "Name (Title)", "Name" or "(Title)", escaped as {@link CsvCells} says. */
    static Participant participant(String item) {
        int open = CsvCells.indexOfUnescaped(item, '(');
        if (open < 0) {
            return new Participant(CsvCells.unescape(item), null);
        }
        if (!item.endsWith(")") || (open > 0 && item.charAt(open - 1) != ' ')) {
            throw new IllegalArgumentException("'" + item + "' is not 'Name (Title)'");
        }
        String name = open == 0 ? null : CsvCells.unescape(item.substring(0, open - 1));
        return new Participant(name, CsvCells.unescape(item.substring(open + 1, item.length() - 1)));
    }

    /** "publication | title | author | url | published | accessed | quote". */
    static Source source(String item) {
        List<String> f = CsvCells.split(item, CsvCells.FIELDS);
        if (f.size() != 7) {
            throw new IllegalArgumentException("a source has 7 fields separated by ' | ', found " + f.size());
        }
        return new Source(text(f.get(0)), text(f.get(1)), text(f.get(2)), text(f.get(3)),
                f.get(4).isEmpty() ? null : PartialDate.parse(f.get(4)),
                f.get(5).isEmpty() ? null : LocalDate.parse(f.get(5)), text(f.get(6)));
    }

    private static String text(String escaped) {
        return escaped.isEmpty() ? null : CsvCells.unescape(escaped);
    }
}
