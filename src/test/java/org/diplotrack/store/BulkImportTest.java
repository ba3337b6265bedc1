package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplotrack.RandomContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class BulkImportTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = backend.open(dir, SeedData::contacts);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Contact> events(int from, int to) {
        RandomContacts random = new RandomContacts(7);
        List<Contact> list = new ArrayList<>();
        for (int i = 0; i < to; i++) {
            Contact c = random.next();
            if (i >= from) {
                list.add(new Contact(0, c.a(), c.b(), c.date(), c.endDate(), c.approximate(), c.mode(), c.setting(),
                        c.status(), c.location(), c.summary(), c.tags(), c.sources(),
                        new Provenance(Provenance.Origin.DATASET_IMPORT, "TEST", "f.tsv", "ev" + i, "040"),
                        java.util.List.of(), null, null));
            }
        }
        return list;
    }

    @Test
    void reimportAddsNothingAndOverlapAddsOnlyTheNewEvents() {
        ContactRepository contacts = db.contacts();
        int before = contacts.count();
        assertThat(contacts.importAll(events(0, 100).iterator(), () -> false)).isEqualTo(new ImportCounts(100, 0));
        assertThat(contacts.importAll(events(0, 100).iterator(), () -> false)).isEqualTo(new ImportCounts(0, 100));
        assertThat(contacts.importAll(events(50, 150).iterator(), () -> false)).isEqualTo(new ImportCounts(50, 50));
        assertThat(contacts.count()).isEqualTo(before + 150);
        assertThat(contacts.find(ContactFilter.ALL.withText("talks"))).hasSize(150);
        int pairs = contacts.dyads().stream().mapToInt(d -> d.contacts()).sum();
        assertThat(pairs).as("pair stats kept").isEqualTo(before + 150);
    }

    @Test
    void everyContactOfSeveralBatchesInAnyDayOrderIsFoundByItsWords() {
        // The search index takes each batch's rows sorted by day (ContactInserter): none may be lost or misfiled.
        int n = 3 * BulkImport.BATCH + 17;
        List<Contact> marked = new ArrayList<>();
        for (Contact c : events(0, n)) {
            marked.add(new Contact(0, c.a(), c.b(), c.date(), c.endDate(), c.approximate(), c.mode(), c.setting(),
                    c.status(), c.location(), "Talks mark" + c.provenance().eventId() + "x", c.tags(), c.sources(),
                    c.provenance(), List.of(), null, null));
        }
        assertThat(db.contacts().importAll(marked.iterator(), () -> false)).isEqualTo(new ImportCounts(n, 0));
        for (int i = 0; i < n; i += 97) {
            Contact found = db.contacts().find(ContactFilter.ALL.withText("markev" + i + "x")).get(0);
            assertThat(found.summary()).isEqualTo("Talks markev" + i + "x");
            assertThat(db.contacts().count(ContactFilter.ALL.withText("markev" + i + "x"))).isEqualTo(1);
        }
        assertThat(db.contacts().count(ContactFilter.ALL.withText("talks"))).isEqualTo(n);
    }

    @Test
    void theSameContentTwiceInOneStreamIsStoredOnce() {
        List<Contact> twice = new ArrayList<>(new RandomContacts(3).next(10));
        twice.addAll(new RandomContacts(3).next(10));
        assertThat(db.contacts().importAll(twice.iterator(), () -> false)).isEqualTo(new ImportCounts(10, 10));
    }

    @Test
    void cancellingOrFailingHalfwayLeavesTheRecordAsItWas() {
        ContactRepository contacts = db.contacts();
        int before = contacts.count();
        AtomicInteger read = new AtomicInteger();
        Iterator<Contact> stream = events(0, 5_000).iterator();
        Iterator<Contact> counting = new Iterator<>() {
            public boolean hasNext() {
                return stream.hasNext();
            }

            public Contact next() {
                read.incrementAndGet();
                return stream.next();
            }
        };
        assertThatThrownBy(() -> contacts.importAll(counting, () -> read.get() >= 2_500))
                .isInstanceOf(CancellationException.class);
        assertThat(read.get()).isBetween(2_500, 2_500 + BulkImport.BATCH);
        assertThat(contacts.count()).isEqualTo(before);

        Iterator<Contact> failing = events(0, 3_000).stream().map(c -> {
            if (c.provenance().eventId().equals("ev2999")) {
                throw new IllegalStateException("boom");
            }
            return c;
        }).iterator();
        assertThatThrownBy(() -> contacts.importAll(failing, () -> false)).hasMessage("boom");
        assertThat(contacts.count()).isEqualTo(before);
        assertThat(contacts.dyads().stream().mapToInt(d -> d.contacts()).sum()).isEqualTo(before);
    }
}
