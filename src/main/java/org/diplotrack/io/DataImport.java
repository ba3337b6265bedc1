package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.l10n.Localization;

/**
 * Imports one file: opens it (unpacking gzip or zip), tells its format, streams its rows through
 * the format's reader and hands the contacts, as they come, to the store, which keeps them in one
 * transaction. Accounts for every row in an {@link ImportReport}. The file is read on a thread of
 * its own ({@link Prefetch}) while the store writes; progress is reported from that thread.
 *
 * <p>By default malformed rows are skipped and listed; with {@code strict} the first one stops
 * the import with an {@link ImportException}, and since the store's transaction then rolls
 * back, nothing is imported. Cancelling throws {@link CancellationException}, with the same effect.
 */
public final class DataImport {
    /** Rows between progress reports and cancel checks. */
    static final int EVERY = 4_096;

    /**
     * @param store keeps the contacts it is given in one transaction and says how many it added
     * @throws ImportException when the file cannot be read, is empty, binary or of another format,
     *         or (strict) has a malformed row
     */
    public ImportReport run(Path file, ImportFormat format, boolean strict, ImportProgress progress,
                            BooleanSupplier cancelled, Function<Iterator<Contact>, ImportCounts> store) {
        String name = file.getFileName().toString();
        try (ImportInput input = ImportInput.open(file)) {
            name = input.name();
            ImportFormat actual = FormatDetector.detect(input.content(), name, format);
            ImportReport report = new ImportReport(name, actual);
            RowReader rows = rows(actual, input);
            ImportCounts counts;
            try (Prefetch<Contact> contacts = new Prefetch<>(
                    new Stream(rows, report, strict, progress, cancelled, input), 256, "diplotrack-import-reader")) {
                counts = store.apply(contacts);
            }
            report.stored(counts.added(), counts.alreadyPresent());
            report.blankLines(rows.blankLines());
            report.unknownLevels(rows.unknownLevels());
            report.readAs(rows.encoding(), rows.ignoredColumns());
            progress.update(report.rows(), input.totalBytes(), input.totalBytes());
            return report;
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static ImportException unreadable(String name, IOException e) {
        return new ImportException(name, 0, null, Localization.text("import.error.unreadable", e.getMessage()));
    }

    private static RowReader rows(ImportFormat format, ImportInput input) throws IOException {
        InputStreamReader text = new InputStreamReader(input.content(), StandardCharsets.UTF_8);
        return switch (format) {
            case GDELT1 -> new GdeltRows(new TabRecords(text), false, input.name());
            case GDELT2 -> new GdeltRows(new TabRecords(text), true, input.name());
            case ICEWS -> new IcewsRows(new TabRecords(text), input.name());
            case CSV -> new NativeCsvRows(input.content(), input.name());
            case JSON -> listRows(new NativeJsonReader().read(input.content(), input.name()));
            case HSG_TRAVELS, HSG_VISITS -> new HsgRows(List.of(new HsgRows.Input(input.name(), input.content(), format)));
            case AUTO -> throw new IllegalArgumentException("the format must be known by now");
        };
    }

    /** The native JSON reader reads whole files (they are small) and stops at the first faulty contact. */
    private static RowReader listRows(List<Contact> contacts) {
        Iterator<Contact> it = contacts.iterator();
        return () -> it.hasNext() ? RowResult.contact(0, it.next()) : null;
    }

    /** The contacts of the rows, counting every row and skip into the report as it goes. */
    private static final class Stream implements Iterator<Contact> {
        private final RowReader rows;
        private final ImportReport report;
        private final boolean strict;
        private final ImportProgress progress;
        private final BooleanSupplier cancelled;
        private final ImportInput input;
        private Contact next;
        private boolean done;

        Stream(RowReader rows, ImportReport report, boolean strict, ImportProgress progress,
               BooleanSupplier cancelled, ImportInput input) {
            this.rows = rows;
            this.report = report;
            this.strict = strict;
            this.progress = progress;
            this.cancelled = cancelled;
            this.input = input;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                RowResult row;
                try {
                    row = rows.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (row == null) {
                    done = true;
                    break;
                }
                report.row();
                if (report.rows() % EVERY == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the import was cancelled");
                    }
                    progress.update(report.rows(), input.bytesRead(), input.totalBytes());
                }
                if (row.contact() != null) {
                    next = row.contact();
                } else if (row.reason() == SkipReason.MALFORMED && strict) {
                    throw new ImportException(report.file(), row.line(), row.field(),
                            Localization.text("import.error.strict", row.detail()));
                } else {
                    report.skip(row);
                }
            }
            return next != null;
        }

        @Override
        public Contact next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Contact c = next;
            next = null;
            return c;
        }
    }
}
