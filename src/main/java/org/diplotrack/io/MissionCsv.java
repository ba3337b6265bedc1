package org.diplotrack.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.l10n.Localization;

/**
 * Missions as RFC 4180 CSV, UTF-8, one row per mission, with the header {@link #COLUMNS} (README,
 * "Missions"); written and read back without loss. Sources share one cell as in the contacts' CSV
 * ({@link CsvCells}), and a cell a spreadsheet would run as a formula gets an apostrophe in front,
 * which the reader removes. On reading, the columns may come in any order; {@link #REQUIRED} must
 * be there. A faulty row is malformed, with its line and field.
 */
public final class MissionCsv {
    public static final List<String> COLUMNS = List.of("id", "sending", "receiving", "head", "title", "rank", "from",
            "to", "end", "notes", "sources", "origin", "dataset", "file", "event_id", "created", "modified");
    static final List<String> REQUIRED = List.of("sending", "receiving", "rank", "from");

    public void write(List<Mission> missions, Appendable out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Mission m : missions) {
                printer.printRecord(row(m).stream().map(ContactCsvWriter::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(Mission m) {
        Provenance p = m.provenance();
        return List.of(String.valueOf(m.id()), m.sending().alpha2(), m.receiving().alpha2(), text(m.head()),
                text(m.title()), m.rank().code(), m.from().toString(), text(m.to()),
                m.end() == null ? "" : m.end().code(), text(m.notes()),
                m.sources().stream().map(ContactCsvWriter::source).collect(Collectors.joining(CsvCells.ITEMS)),
                p.origin().code(), text(p.dataset()), text(p.file()), text(p.eventId()), text(m.created()),
                text(m.modified()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Whether a header line names the required columns (separated by commas): a missions CSV. */
    static boolean isHeader(String line) {
        return names(line).containsAll(REQUIRED);
    }

    /**
     * For a header that names {@code sending} and {@code receiving} but not every required
     * column (a missions CSV that lacks one), the error naming the first it lacks; else null.
     */
    static ImportException lacks(String line, String file) {
        List<String> names = names(line);
        if (!names.contains("sending") || !names.contains("receiving")) {
            return null;
        }
        return REQUIRED.stream().filter(c -> !names.contains(c)).findFirst()
                .map(c -> new ImportException(file, 1, c, Localization.text("import.mission.csvLacksColumn",
                        String.join(", ", REQUIRED)))).orElse(null);
    }

    private static List<String> names(String line) {
        List<String> names = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            names.add(CsvHeader.name(cell));
        }
        return names;
    }

    /** Reads the rows of a missions CSV. */
    static final class Rows implements RowReader {
        private final String file;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Map<String, Integer> header = new HashMap<>();
        private final List<String> ignored = new ArrayList<>();
        private final int columns;

        Rows(InputStream in, String file) throws IOException {
            this.file = file;
            BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            this.parser = CSVFormat.RFC4180.parse(text);
            this.records = parser.iterator();
            List<String> names;
            try {
                if (!records.hasNext()) {
                    throw new ImportException(file, 1, null, Localization.text("import.error.noHeader"));
                }
                names = records.next().toList();
            } catch (UncheckedIOException e) {
                throw new ImportException(file, 1, null, Localization.text("import.error.badHeader",
                        e.getCause().getMessage()));
            }
            this.columns = names.size();
            for (int i = 0; i < names.size(); i++) {
                String name = CsvHeader.name(names.get(i));
                if (name.isEmpty()) {
                    continue;
                }
                if (!COLUMNS.contains(name)) {
                    ignored.add(names.get(i).strip());
                } else if (header.putIfAbsent(name, i) != null) {
                    throw new ImportException(file, 1, name, Localization.text("import.error.columnTwice"));
                }
            }
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new ImportException(file, 1, column, Localization.text("import.mission.csvLacksColumn",
                            String.join(", ", REQUIRED)));
                }
            }
        }

        @Override
        public List<String> ignoredColumns() {
            return List.copyOf(ignored);
        }

        @Override
        public RowResult next() {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                return RowResult.malformed(line, null, Localization.text("import.error.badCsv", e.getCause().getMessage()));
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                return next();
            }
            if (record.size() != columns) {
                return RowResult.malformed(line, null, Localization.text("import.mission.columns", columns,
                        record.size()));
            }
            try {
                return RowResult.mission(line, mission(record));
            } catch (FieldException e) {
                return RowResult.malformed(line, e.field, e.getMessage());
            }
        }

        private Mission mission(CSVRecord r) {
            Provenance.Origin origin = optional(r, "origin", Provenance.Origin::fromCode);
            Provenance provenance = origin == null ? Provenance.nativeImport(file)
                    : build("origin", () -> new Provenance(origin, cell(r, "dataset"), cell(r, "file"),
                    cell(r, "event_id"), null));
            List<org.diplotrack.model.Source> sources = new ArrayList<>();
            String cell = cell(r, "sources");
            if (cell != null) {
                for (String item : CsvCells.split(cell, CsvCells.ITEMS)) {
                    sources.add(build("sources", () -> NativeCsvRows.source(item)));
                }
            }
            return build(null, () -> new Mission(0, required(r, "sending", Countries::lookup),
                    required(r, "receiving", Countries::lookup), cell(r, "head"), cell(r, "title"),
                    required(r, "rank", MissionRank::fromCode), required(r, "from", PartialDate::parse),
                    optional(r, "to", PartialDate::parse), optional(r, "end", MissionEnd::fromCode),
                    cell(r, "notes"), sources, provenance, optional(r, "created", Instant::parse),
                    optional(r, "modified", Instant::parse)));
        }

        /** The cell as written, without the apostrophe that neutralised it; null when empty or absent. */
        private String cell(CSVRecord r, String column) {
            Integer i = header.get(column);
            if (i == null) {
                return null;
            }
            String value = r.get(i);
            if (value.startsWith("'")) {
                value = value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }

        private <T> T required(CSVRecord r, String column, Function<String, T> parse) {
            T value = optional(r, column, parse);
            if (value == null) {
                throw new FieldException(column, Localization.text("import.error.missing"));
            }
            return value;
        }

        private <T> T optional(CSVRecord r, String column, Function<String, T> parse) {
            String value = cell(r, column);
            return value == null ? null : build(column, () -> parse.apply(value));
        }

        private static <T> T build(String column, Supplier<T> make) {
            try {
                return make.get();
            } catch (FieldException e) {
                throw e;
            } catch (Mission.Invalid e) {
                throw new FieldException(column == null ? e.field() : column, e.getMessage());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new FieldException(column, e.getMessage());
            }
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
}
