package org.diplotrack.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/**
 * Writes contacts as RFC 4180 CSV, one row per contact. Several participants, tags or sources
 * share one cell, separated by "; ". Cells a spreadsheet would run as a formula are prefixed
 * with an apostrophe.
 */
public final class ContactCsvWriter {
    public static final List<String> COLUMNS = List.of("id", "date", "end_date", "approximate", "country_a",
            "country_b", "level", "level_a", "level_b", "mode", "setting", "status", "participants_a",
            "participants_b", "location", "summary", "tags", "sources");

    public void write(List<Contact> contacts, Appendable out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Contact c : contacts) {
                printer.printRecord(row(c).stream().map(ContactCsvWriter::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(Contact c) {
        return List.of(String.valueOf(c.id()), c.date().toString(), text(c.endDate()),
                String.valueOf(c.approximate()), c.a().country().alpha2(), c.b().country().alpha2(),
                c.level().code(), c.a().level().code(), c.b().level().code(), c.mode().code(),
                c.setting().label(), c.status().code(), participants(c.a()), participants(c.b()),
                text(c.location()), text(c.summary()), String.join("; ", c.tags()),
                c.sources().stream().map(ContactCsvWriter::source).collect(Collectors.joining("; ")));
    }

    private static String participants(Side side) {
        return side.participants().stream().map(Participant::label).collect(Collectors.joining("; "));
    }

    private static String source(Source s) {
        return s.url() == null ? s.label() : s.label() + " <" + s.url() + ">";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Keeps spreadsheets from evaluating a cell: =, +, -, @, tab and CR start formulas there. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
