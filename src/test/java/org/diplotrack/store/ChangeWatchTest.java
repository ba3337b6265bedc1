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
}
