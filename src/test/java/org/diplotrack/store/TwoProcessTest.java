package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.RandomContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.ContactFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one database: a child JVM adds and edits contacts while this one does the
 * same and reads; neither sees "database is locked", and each reads the other's writes.
 * {@code -Ddiplotrack.twoProcesses.seconds=300} runs the 5-minute version (default 3 s).
 */
class TwoProcessTest {
    static final long SECONDS = Long.getLong("diplotrack.twoProcesses.seconds", 3);

    @TempDir
    Path dir;

    @Test
    void bothWriteAndReadAndSeeEachOther() throws Exception {
        Path file = dir.resolve("shared.db");
        Database.open(file, SeedData::contacts).close();
        Path done = dir.resolve("parent-done.txt");
        ChildJvm child = ChildJvm.start(file.toString(), String.valueOf(SECONDS), "child", done.toString());

        List<Long> mine = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int reads = 0;
        RandomContacts random = new RandomContacts(99);
        try (Database db = Database.open(file, SeedData::contacts)) {
            child.firstLine.await();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            while (System.nanoTime() < end) {
                try {
                    mine.add(db.contacts().insert(random.next()).id());
                    db.contacts().count(ContactFilter.ALL);
                    db.contacts().page(ContactFilter.ALL, org.diplotrack.model.ContactOrder.BY_DATE, 0, 200);
                    db.contacts().dyads();
                    reads += 3;
                } catch (StoreException e) {
                    errors.add(e.getMessage());
                }
            }
            Files.write(done, mine.stream().map(String::valueOf).toList());
            assertThat(child.waitFor(60)).as("child exit; it said %s", child.tail()).isZero();
            // A refresh in this process reads every write the child reported.
            List<Long> theirs = child.lines.stream().filter(l -> l.startsWith("saved "))
                    .map(l -> Long.parseLong(l.substring(6))).toList();
            assertThat(theirs).isNotEmpty();
            assertThat(theirs).allSatisfy(id -> assertThat(db.contacts().get(id)).isPresent());
            assertThat(db.contacts().count()).isEqualTo(3 + mine.size() + theirs.size());
        }
        assertThat(errors).as("errors in this process").isEmpty();
        assertThat(child.lines).noneMatch(l -> l.startsWith("ERROR"));
        assertThat(child.lines).contains("seen " + mine.size());
        assertThat(IntegrityCheck.of(file, true).ok()).isTrue();
        System.out.printf("two processes, %d s: this one %d writes and %d reads, the child %d lines, 0 errors%n",
                SECONDS, mine.size(), reads, child.lines.size());
    }

    @Test
    void oneImportsWhileTheOtherEditsAndQueries() throws Exception {
        Path file = dir.resolve("importing.db");
        Database.open(file, SeedData::contacts).close();
        ChildJvm child = ChildJvm.start(file.toString(), String.valueOf(SECONDS), "importer", "imports");
        List<String> errors = new ArrayList<>();
        int edits = 0;
        int reads = 0;
        RandomContacts random = new RandomContacts(7);
        try (Database db = Database.open(file, SeedData::contacts)) {
            child.firstLine.await();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            org.diplotrack.model.Contact mine = db.contacts().insert(random.next());
            while (System.nanoTime() < end) {
                try {
                    org.diplotrack.model.Contact c = mine;
                    mine = db.contacts().update(new org.diplotrack.model.Contact(c.id(), c.a(), c.b(), c.date(),
                            c.endDate(), c.approximate(), c.mode(), c.setting(), c.status(), "edit " + edits,
                            c.summary(), c.tags(), c.sources(), c.provenance(), c.reports(), c.created(), c.modified()));
                    edits++;
                    db.contacts().count(ContactFilter.ALL.withText("edit"));
                    db.contacts().page(ContactFilter.ALL, org.diplotrack.model.ContactOrder.BY_DATE, 0, 200);
                    db.contacts().marks(ContactFilter.ALL, 100_000);
                    reads += 3;
                } catch (StoreException e) {
                    errors.add(e.getMessage());
                }
            }
            assertThat(child.waitFor(120)).as("child exit; it said %s", child.tail()).isZero();
            long imported = child.lines.stream().filter(l -> l.startsWith("imported "))
                    .mapToLong(l -> Long.parseLong(l.substring(9))).max().orElse(0);
            assertThat(imported).as("the child imported while this process edited").isPositive();
            assertThat(db.contacts().count()).as("a refresh reads every import").isEqualTo(3 + 1 + imported);
            assertThat(db.contacts().get(mine.id()).orElseThrow().location()).isEqualTo("edit " + (edits - 1));
        }
        assertThat(errors).as("errors in the editing process").isEmpty();
        assertThat(child.lines).noneMatch(l -> l.startsWith("ERROR"));
        assertThat(IntegrityCheck.of(file, true).ok()).isTrue();
        System.out.printf("import beside edits, %d s: %d edits and %d reads here, %s in the child, 0 errors%n",
                SECONDS, edits, reads, child.lines.get(child.lines.size() - 1));
    }
}
