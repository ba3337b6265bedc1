package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.RandomContacts;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;

/**
 * Writes until the disk is full. Needs a small, empty file system, given as
 * {@code -Ddiplotrack.tinyFs=DIR} (for example {@code mount -t tmpfs -o size=512k tmpfs DIR});
 * skipped without it. The write that does not fit fails with a clear message; every contact
 * saved before it is there, and the file passes integrity_check.
 */
class DiskFullTest {
    @Test
    void theWriteThatDoesNotFitFailsClearlyAndLosesNothing() throws Exception {
        String tiny = System.getProperty("diplotrack.tinyFs");
        assumeTrue(tiny != null && Files.isDirectory(Path.of(tiny)), "no small file system given");
        Path file = Files.createTempDirectory(Path.of(tiny), "full").resolve("full.db");
        List<Long> saved = new ArrayList<>();
        String failure = null;
        RandomContacts random = new RandomContacts(5);
        try (Database db = Database.open(file, SeedData::contacts)) {
            for (int i = 0; i < 1_000_000 && failure == null; i++) {
                try {
                    saved.add(db.contacts().insert(random.next()).id());
                } catch (StoreException e) {
                    failure = e.getMessage();
                }
            }
        } catch (StoreException e) {
            // Closing may not fit either (the checkpoint); what was committed stays in the -wal.
            failure = failure == null ? e.getMessage() : failure;
        }
        assertThat(failure).contains("is full: the change was not saved");
        // Everything reported saved is there (read-only: nothing needs room).
        try (Database db = Database.openReadOnly(file)) {
            for (long id : saved) {
                assertThat(db.contacts().get(id)).as("contact %d", id).isPresent();
            }
        }
        assertThat(IntegrityCheck.of(file, true).ok()).isTrue();
        System.out.printf("disk full after %d contacts: %s%n", saved.size(), failure);
    }
}
