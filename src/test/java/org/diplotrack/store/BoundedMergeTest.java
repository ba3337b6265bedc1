package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplotrack.io.DataImport;
import org.diplotrack.io.Fixtures;
import org.diplotrack.io.ImportFormat;
import org.diplotrack.io.ImportProgress;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging while holding only so many contacts (the heap bound of a large import): the buckets
 * written early are joined as contacts on record, and the contacts come out as when the whole
 * file is held.
 */
class BoundedMergeTest {
    @TempDir
    Path dir;

    private record Outcome(Set<Set<String>> groups, ImportCounts counts) {
    }

    private Outcome importIcews(String name, int hold) {
        try (Database db = Database.open(dir.resolve(name), List::of)) {
            ImportCounts[] counts = new ImportCounts[1];
            new DataImport().run(Fixtures.icews(), ImportFormat.AUTO, false, ImportProgress.NONE, () -> false,
                    contacts -> {
                        counts[0] = db.inTransaction(c -> BulkImport.run(c, contacts, true, hold, db.history(), () -> false));
                        return counts[0];
                    });
            Set<Set<String>> groups = new HashSet<>();
            for (Contact c : db.contacts().find(ContactFilter.ALL)) {
                Set<String> ids = new TreeSet<>();
                for (Report r : c.reports()) {
                    ids.add(r.date() + "/" + r.eventId());
                }
                groups.add(ids);
            }
            return new Outcome(groups, counts[0]);
        }
    }

    @Test
    void holdingFiftyContactsAtATimeMergesAsHoldingTheWholeFile() {
        Outcome whole = importIcews("whole.db", BulkImport.MERGE_HOLD);
        Outcome bounded = importIcews("bounded.db", 50);
        assertThat(whole.counts().added()).isGreaterThan(200);
        assertThat(bounded.groups()).isEqualTo(whole.groups());
        assertThat(bounded.counts().added()).isEqualTo(whole.counts().added());
        assertThat(bounded.counts().joined()).as("its own contacts are not 'on record'").isZero();
    }
}
