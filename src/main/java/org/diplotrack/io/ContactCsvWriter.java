package org.diplotrack.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/**
 * Writes contacts as RFC 4180 CSV, one row per contact, in a form {@link NativeCsvRows} reads
 * back without loss (see the README, "Native CSV"). Several participants, tags or sources share
 * one cell, separated by "; "; a participant is "Name (Title)", a source its seven fields joined
 * by " | ", a dataset report its sixteen; inside such a cell a backslash escapes {@code \ ; | ( )}. Cells a spreadsheet would
 * run as a formula (and cells starting with an apostrophe) get an apostrophe in front, which the
 * reader removes again.
 */
public final class ContactCsvWriter {
    public static final List<String> COLUMNS = List.of("id", "date", "end_date", "approximate", "country_a",
            "country_b", "level", "level_a", "level_b", "mode", "setting", "status", "participants_a",
            "participants_b", "location", "summary", "tags", "sources", "portfolio_a", "portfolio_b", "origin",
            "dataset", "file", "event_id", "cameo_code", "reports", "created", "modified");

    public void write(List<Contact> contacts, Appendable out) {
        writeEach(contacts::forEach, out);
    }

    /** Writes the contacts {@code contacts} hands over one at a time, so that none need be held in memory. */
    public void writeEach(Consumer<Consumer<Contact>> contacts, Appendable out) {
        try (CSVPrinter printer = printer(out)) {
            contacts.accept(c -> {
                try {
                    write(printer, c);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printer that has written the header; the caller writes rows with {@link #write(CSVPrinter, Contact)}. */
    public static CSVPrinter printer(Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        return new CSVPrinter(out, format);
    }

    public static void write(CSVPrinter printer, Contact c) throws IOException {
        printer.printRecord(row(c).stream().map(ContactCsvWriter::neutralise).toList());
    }

    private static List<String> row(Contact c) {
        Provenance p = c.provenance();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.addAll(List.of(String.valueOf(c.id()), c.date().toString(), text(c.endDate()),
                String.valueOf(c.approximate()), c.a().country().alpha2(), c.b().country().alpha2(),
                c.level().code(), c.a().level().code(), c.b().level().code(), c.mode().code(),
                c.setting().code(), c.status().code(), participants(c.a()), participants(c.b()),
                text(c.location()), text(c.summary()),
                c.tags().stream().map(CsvCells::escape).collect(Collectors.joining(CsvCells.ITEMS)),
                c.sources().stream().map(ContactCsvWriter::source).collect(Collectors.joining(CsvCells.ITEMS))));
        row.addAll(List.of(text(c.a().portfolio()), text(c.b().portfolio()), p.origin().code(), text(p.dataset()),
                text(p.file()), text(p.eventId()), text(p.cameoCode()),
                c.reports().stream().map(ContactCsvWriter::report).collect(Collectors.joining(CsvCells.ITEMS)),
                text(c.created()), text(c.modified())));
        return row;
    }

    private static String participants(Side side) {
        return side.participants().stream().map(ContactCsvWriter::participant)
                .collect(Collectors.joining(CsvCells.ITEMS));
    }

    /** "Name (Title)", "Name" or "(Title)". */
    private static String participant(Participant p) {
        String name = p.name() == null ? "" : CsvCells.escape(p.name());
        if (p.title() == null) {
            return name;
        }
        return (name.isEmpty() ? "" : name + " ") + "(" + CsvCells.escape(p.title()) + ")";
    }

    /** "publication | title | author | url | published | accessed | quote", empty where absent. */
    static String source(Source s) {
        return String.join(CsvCells.FIELDS, CsvCells.escape(text(s.publication())), CsvCells.escape(text(s.title())),
                CsvCells.escape(text(s.author())), CsvCells.escape(text(s.url())), text(s.published()),
                text(s.accessed()), CsvCells.escape(text(s.quote())));
    }

    /**
     * "dataset | event id | code | date | reported | actor A | actor B | level | mode | file | url |
     * story | sentence | sources | articles | root", empty where absent.
     */
    static String report(Report r) {
        return String.join(CsvCells.FIELDS, CsvCells.escape(r.dataset()), CsvCells.escape(r.eventId()),
                CsvCells.escape(text(r.code())), text(r.date()), text(r.reported()), CsvCells.escape(text(r.actorA())),
                CsvCells.escape(text(r.actorB())), r.level().code(), r.mode().code(), CsvCells.escape(text(r.file())),
                CsvCells.escape(text(r.url())), CsvCells.escape(text(r.story())), text(r.sentence()),
                text(r.sources()), text(r.articles()), text(r.root()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Keeps spreadsheets from evaluating a cell: =, +, -, @, tab and CR start formulas there. A
     * cell that starts with an apostrophe gets one too, so that the reader can always remove one.
     */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r'".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
