package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A record's watch tells of the changes others commit, and of none of its own (issue 14). */
@ParameterizedClass
@EnumSource(Backend.class)
class ChangeWatchTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void anotherConnectionsCommitIsToldAndOwnWritesAreNot() throws Exception {
        try (Database mine = backend.open(dir, SeedData::contacts);
             Database theirs = mine.location().open(List::of)) {
            Semaphore told = new Semaphore(0);
            try (ChangeWatch watch = mine.watchOutsideChanges(told::release)) {
                Thread.sleep(3 * ChangeWatch.PERIOD_MS); // the watch has looked once, or is listening
                Contact any = mine.contacts().find(ContactFilter.ALL).get(0);
                mine.contacts().moveToTrash(List.of(any.id()));
                assertThat(told.tryAcquire(4 * ChangeWatch.PERIOD_MS, TimeUnit.MILLISECONDS))
                        .as("its own write is not news").isFalse();

                theirs.contacts().restore(List.of(any.id()));
                assertThat(told.tryAcquire(10, TimeUnit.SECONDS)).as("a colleague's write is").isTrue();
                assertThat(mine.contacts().count()).isEqualTo(SeedData.contacts().size());

                theirs.missions().add(org.diplotrack.TestMissions.full());
                assertThat(told.tryAcquire(10, TimeUnit.SECONDS)).as("missions too").isTrue();
            }
        }
    }

    /** Colleagues saving in quick succession keep no window reading all the time: news is told at a steady pace, the last too. */
    @Test
    void aBurstOfSavesIsToldAtASteadyPaceAndTheLastOfItIsToldToo() throws Exception {
        try (Database mine = backend.open(dir, SeedData::contacts);
             Database theirs = mine.location().open(List::of)) {
            List<Long> toldAt = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (ChangeWatch watch = mine.watchOutsideChanges(() -> toldAt.add(System.nanoTime()))) {
                Thread.sleep(3 * ChangeWatch.PERIOD_MS);
                Contact any = theirs.contacts().find(ContactFilter.ALL).get(0);
                long started = System.nanoTime();
                for (int i = 0; i < 40; i++) {
                    theirs.contacts().moveToTrash(List.of(any.id()));
                    theirs.contacts().restore(List.of(any.id()));
                    Thread.sleep(25);
                }
                long lastSaved = System.nanoTime();
                long burstMs = (lastSaved - started) / 1_000_000;
                Thread.sleep(ChangeWatch.LEAST_BETWEEN_MS + 3L * ChangeWatch.PERIOD_MS);

                int pace = backend == Backend.POSTGRESQL ? ChangeWatch.LEAST_BETWEEN_MS : ChangeWatch.PERIOD_MS;
                assertThat(toldAt).as("told during a burst of %d ms", burstMs).isNotEmpty()
                        .hasSizeLessThanOrEqualTo((int) (burstMs / pace) + 2);
                assertThat(toldAt.get(toldAt.size() - 1)).as("the end of the burst is told").isGreaterThan(lastSaved);
            }
        }
    }
}
