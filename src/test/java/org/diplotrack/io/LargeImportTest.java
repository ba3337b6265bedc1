package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large generated GDELT file through the real store: cancelling halfway changes nothing; progress is told. */
class LargeImportTest {
    private static final int COPIES = 50;

    @TempDir
    Path dir;

    /** The GDELT 2.0 sample {@value #COPIES} times over, each copy with fresh event ids. */
    private Path generate() throws IOException {
        List<String> sample = Files.readAllLines(Fixtures.gdelt2(), StandardCharsets.UTF_8);
        Path file = dir.resolve("large.export.CSV");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long id = 1;
            for (int copy = 0; copy < COPIES; copy++) {
                for (String line : sample) {
                    w.write(id++ + line.substring(line.indexOf('\t')));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    @Test
    void cancellingHalfwayLeavesTheCountUnchangedAndAFullRunImportsEveryCopy() throws IOException {
        Path file = generate();
        try (Database db = Database.open(dir.resolve("large.db"), SeedData::contacts)) {
            int before = db.contacts().count();
            AtomicBoolean cancel = new AtomicBoolean();
            AtomicLong lastRows = new AtomicLong();
            long rows = 2111L * COPIES;
            ImportProgress halfway = (done, bytes, total) -> {
                lastRows.set(done);
                assertThat(bytes).isLessThanOrEqualTo(total);
                if (done >= rows / 2) {
                    cancel.set(true);
                }
            };
            assertThatThrownBy(() -> new DataImport().run(file, ImportFormat.AUTO, false, halfway, cancel::get,
                    contacts -> db.contacts().importAll(contacts, false, cancel::get)))
                    .isInstanceOf(CancellationException.class);
            assertThat(lastRows.get()).isBetween(rows / 2, rows / 2 + DataImport.EVERY);
            assertThat(db.contacts().count()).isEqualTo(before);
            assertThat(db.contacts().dyads().stream().mapToInt(d -> d.contacts()).sum()).isEqualTo(before);

            ImportReport report = new DataImport().run(file, ImportFormat.AUTO, false, ImportProgress.NONE,
                    () -> false, contacts -> db.contacts().importAll(contacts, false, () -> false));
            assertThat(report.rows()).isEqualTo(rows);
            long contacts = FixtureCounts.gdelt2().get(null); // 172 a copy, counted apart from the importer
            assertThat(report.imported()).isEqualTo(contacts * COPIES);
            // A contact per row (--merge none): each copy's rows are new contacts.
            assertThat(db.contacts().count()).isEqualTo(before + contacts * COPIES);
        }
    }
}
