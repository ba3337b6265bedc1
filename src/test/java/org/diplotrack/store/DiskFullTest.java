package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.RandomContacts;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;

/**
 * Writes until the disk is full, on a small file system: the one given as
 * {@code -Ddiplotrack.tinyFs=DIR}, else a 512 KiB tmpfs this test mounts when it may (root), else
 * SQLite's own page limit ({@code PRAGMA max_page_count}), which fails a write with the same
 * SQLITE_FULL as a full disk. The write that does not fit fails with a clear message; every
 * contact saved before it is there, and the file passes integrity_check.
 */
class DiskFullTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void theWriteThatDoesNotFitFailsClearlyAndLosesNothing() throws Exception {
        String tiny = System.getProperty("diplotrack.tinyFs");
        Path place = tiny != null ? Path.of(tiny) : null;
        boolean mounted = false;
        if (place == null && mountTmpfs(temp.resolve("tiny"))) {
            place = temp.resolve("tiny");
            mounted = true;
        }
        try {
            fill(place == null ? temp : place, place == null);
        } finally {
            if (mounted) {
                new ProcessBuilder("umount", place.toString()).inheritIO().start().waitFor();
            }
        }
    }

    private static boolean mountTmpfs(Path dir) throws Exception {
        Files.createDirectories(dir);
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false; // no mount command
        }
    }

    private static void fill(Path where, boolean pageLimit) throws Exception {
        Path file = Files.createTempDirectory(where, "full").resolve("full.db");
        List<Long> saved = new ArrayList<>();
        String failure = null;
        RandomContacts random = new RandomContacts(5);
        try (Database db = Database.open(file, SeedData::contacts)) {
            if (pageLimit) {
                db.read(c -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("PRAGMA max_page_count = " + (pageCount(st) + 40));
                    }
                    return null;
                });
            }
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
        System.out.printf("disk full (%s) after %d contacts: %s%n", pageLimit ? "page limit" : where, saved.size(),
                failure);
    }

    private static long pageCount(java.sql.Statement st) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }
}
