package org.diplotrack.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Mission;
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
     *         or (strict) has a malformed row; also for a file of missions, which this store cannot take
     */
    public ImportReport run(Path file, ImportFormat format, boolean strict, ImportProgress progress,
                            BooleanSupplier cancelled, Function<Iterator<Contact>, ImportCounts> store) {
        return run(file, format, strict, progress, cancelled, store, null);
    }

    /**
     * Imports a file of contacts into {@code contacts}, or of missions (the Office of the
     * Historian's chiefs of mission, DiploTrack's missions in JSON or CSV) into {@code missions}.
     * {@code file} may be a folder of the Office of the Historian's chiefs of mission (the
     * repository's folder, or its {@code missions-countries/}), read in one import.
     *
     * @param missions keeps the missions it is given in one transaction; null when the caller has
     *        nowhere to keep them (a file of missions is then refused)
     */
    public ImportReport run(Path file, ImportFormat format, boolean strict, ImportProgress progress,
                            BooleanSupplier cancelled, Function<Iterator<Contact>, ImportCounts> contacts,
                            Function<Iterator<Mission>, ImportCounts> missions) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            List<HsgFolder.Entry> trips;
            try {
                trips = format == ImportFormat.AUTO || format == ImportFormat.HSG_TRAVELS
                        || format == ImportFormat.HSG_VISITS ? HsgFolder.tripsAndVisits(file) : List.of();
            } catch (UncheckedIOException e) {
                throw unreadable(name, e.getCause());
            }
            return trips.isEmpty() ? runFolder(file, name, format, strict, progress, cancelled, missions)
                    : runTrips(name, trips, strict, progress, cancelled, contacts);
        }
        try (ImportInput input = ImportInput.open(file)) {
            name = input.name();
            ImportFormat actual = FormatDetector.detect(input.content(), name, format);
            if (actual.holdsMissions() && missions == null) {
                throw new ImportException(name, 0, null, Localization.text("import.error.missionsNotHere"));
            }
            RowReader rows = actual == ImportFormat.HSG_POCOM
                    ? new PocomRows(List.of(new PocomRows.Input(input.name(), input.content(), PocomRows.peopleBeside(file))))
                    : rows(actual, input);
            return store(new ImportReport(name, actual), rows, strict, progress, cancelled, input::bytesRead,
                    input.totalBytes(), contacts, missions);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * A folder of the Office of the Historian's travels or visits (the {@code travels/} or
     * {@code visits/} folder, or any folder under them): every trip and visit in one import and one
     * report, so that a record the source repeats in two files is one contact too.
     */
    private ImportReport runTrips(String name, List<HsgFolder.Entry> files, boolean strict, ImportProgress progress,
                                  BooleanSupplier cancelled, Function<Iterator<Contact>, ImportCounts> contacts) {
        try (OpenFiles open = new OpenFiles()) {
            List<HsgRows.Input> inputs = new ArrayList<>();
            for (HsgFolder.Entry f : files) {
                inputs.add(new HsgRows.Input(f.name(), open.next(f.file()), f.format()));
            }
            long bytes = open.bytes;
            return store(new ImportReport(name, files.get(0).format()), new HsgRows(inputs), strict, progress,
                    cancelled, () -> bytes, bytes, contacts, null);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The files of a folder import, opened one by one as they are given and closed together. */
    private static final class OpenFiles implements AutoCloseable {
        private final List<InputStream> streams = new ArrayList<>();
        private long bytes;

        InputStream next(Path file) throws IOException {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            streams.add(in);
            bytes += Files.size(file);
            return in;
        }

        @Override
        public void close() {
            for (InputStream in : streams) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read already; nothing is lost
                }
            }
        }
    }

    /** A folder of the Office of the Historian's chiefs of mission, every file in one import and one report. */
    private ImportReport runFolder(Path folder, String name, ImportFormat format, boolean strict,
                                   ImportProgress progress, BooleanSupplier cancelled,
                                   Function<Iterator<Mission>, ImportCounts> missions) {
        if (format != ImportFormat.AUTO && format != ImportFormat.HSG_POCOM) {
            throw new ImportException(name, 0, null, Localization.text("import.pocom.notAFolder"));
        }
        try (OpenFiles open = new OpenFiles()) {
            List<Path> files = PocomRows.folderFiles(folder);
            if (missions == null) {
                throw new ImportException(name, 0, null, Localization.text("import.error.missionsNotHere"));
            }
            Path people = PocomRows.peopleBeside(files.get(0));
            List<PocomRows.Input> inputs = new ArrayList<>();
            for (Path f : files) {
                inputs.add(new PocomRows.Input(f.getFileName().toString(), open.next(f), people));
            }
            long bytes = open.bytes;
            return store(new ImportReport(name, ImportFormat.HSG_POCOM), new PocomRows(inputs), strict, progress,
                    cancelled, () -> bytes, bytes, null, missions);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Streams the rows to the store their kind goes to, filling the report. */
    private static ImportReport store(ImportReport report, RowReader rows, boolean strict, ImportProgress progress,
                                      BooleanSupplier cancelled, LongSupplier bytesRead, long totalBytes,
                                      Function<Iterator<Contact>, ImportCounts> contacts,
                                      Function<Iterator<Mission>, ImportCounts> missions) {
        ImportCounts counts;
        if (report.format().holdsMissions()) {
            try (Prefetch<Mission> items = new Prefetch<>(new Stream<>(rows, RowResult::mission, report, strict,
                    progress, cancelled, bytesRead, totalBytes), 256, "diplotrack-import-reader")) {
                counts = missions.apply(items);
            }
        } else {
            try (Prefetch<Contact> items = new Prefetch<>(new Stream<>(rows, RowResult::contact, report, strict,
                    progress, cancelled, bytesRead, totalBytes), 256, "diplotrack-import-reader")) {
                counts = contacts.apply(items);
            }
        }
        report.stored(counts);
        report.blankLines(rows.blankLines());
        report.unknownLevels(rows.unknownLevels());
        report.readAs(rows.encoding(), rows.ignoredColumns());
        progress.update(report.rows(), totalBytes, totalBytes);
        return report;
    }

    private static ImportException unreadable(String name, IOException e) {
        return new ImportException(name, 0, null, Localization.text("import.error.unreadable", e.getMessage()));
    }

    private static RowReader rows(ImportFormat format, ImportInput input) throws IOException {
        InputStreamReader text = new InputStreamReader(input.content(), StandardCharsets.UTF_8);
        return switch (format) {
            case GDELT1 -> new GdeltRows(new TabRecords(text), false, input.name());
            case GDELT2 -> new GdeltRows(new TabRecords(text), true, input.name());
            case ICEWS -> new IcewsSentences(new IcewsRows(new TabRecords(text), input.name()));
            case CSV -> new NativeCsvRows(input.content(), input.name());
            case JSON -> listRows(new NativeJsonReader().read(input.content(), input.name()));
            case HSG_TRAVELS, HSG_VISITS -> new HsgRows(List.of(new HsgRows.Input(input.name(), input.content(), format)));
            case MISSIONS_CSV -> new MissionCsv.Rows(input.content(), input.name());
            case MISSIONS_JSON -> missionRows(new MissionJson().read(input.content(), input.name()));
            case HSG_POCOM, AUTO -> throw new IllegalArgumentException("the format must be known by now");
        };
    }

    /** The native JSON reader reads whole files (they are small) and stops at the first faulty contact. */
    private static RowReader listRows(List<Contact> contacts) {
        Iterator<Contact> it = contacts.iterator();
        return () -> it.hasNext() ? RowResult.contact(0, it.next()) : null;
    }

    /** Native JSON missions are read whole, as contacts are, stopping at the first faulty one. */
    private static RowReader missionRows(List<Mission> missions) {
        Iterator<Mission> it = missions.iterator();
        return () -> it.hasNext() ? RowResult.mission(0, it.next()) : null;
    }

    /** The contacts or missions of the rows, counting every row and skip into the report as it goes. */
    private static final class Stream<T> implements Iterator<T> {
        private final RowReader rows;
        private final Function<RowResult, T> item;
        private final ImportReport report;
        private final boolean strict;
        private final ImportProgress progress;
        private final BooleanSupplier cancelled;
        private final LongSupplier bytesRead;
        private final long totalBytes;
        private T next;
        private boolean done;

        Stream(RowReader rows, Function<RowResult, T> item, ImportReport report, boolean strict,
               ImportProgress progress, BooleanSupplier cancelled, LongSupplier bytesRead, long totalBytes) {
            this.rows = rows;
            this.item = item;
            this.report = report;
            this.strict = strict;
            this.progress = progress;
            this.cancelled = cancelled;
            this.bytesRead = bytesRead;
            this.totalBytes = totalBytes;
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
                    progress.update(report.rows(), bytesRead.getAsLong(), totalBytes);
                }
                if (item.apply(row) != null) {
                    next = item.apply(row);
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
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T c = next;
            next = null;
            return c;
        }
    }
}
