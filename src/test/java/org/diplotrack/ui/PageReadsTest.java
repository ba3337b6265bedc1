package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order of the reads behind the table: the page first, so the table does not wait for the
 * count (on a server, a scan of every match) nor for the timeline's marks, which bring the count.
 * Tasks are queued here and run one at a time, as the window's single worker does.
 */
class PageReadsTest {
    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();
    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final List<String> titles = new ArrayList<>();
    private final TaskRunner oneAtATime = new TaskRunner() {
        @Override
        public <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            titles.add(title);
            queued.add(() -> TaskRunner.sameThread().run(title, work, onSuccess, onFailure));
        }
    };
    private final MainViewModel model = new MainViewModel(file -> Database.open(file, SeedData::contacts),
            oneAtATime, new RecordingDialogs(said), new Settings(prefs));

    @AfterEach
    void close() throws Exception {
        model.close();
        prefs.removeNode();
    }

    private void runNext() {
        queued.removeFirst().run();
    }

    private void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }

    @Test
    void theTableComesFirstAndAPageTurnedMeanwhileKeepsTheCountAndMarksComing() {
        Path file = dir.resolve("reads.db");
        int many = ContactsPageViewModel.PAGE_SIZE + 50;
        int others = 20;
        Contact f = TestContacts.full();
        Contact other = new Contact(0, f.a(), f.b(), f.date(), f.endDate(), f.approximate(), f.mode(), f.setting(),
                f.status(), f.location(), "Talks on grain", f.tags(), f.sources(), f.provenance(), f.reports(),
                null, null);
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insertAll(Collections.nCopies(many, f));
            db.contacts().insertAll(Collections.nCopies(others, other));
        }
        model.open(file);
        runAll();
        ContactsPageViewModel page = model.page();
        assertThat(page.matchingContactsProperty().get()).isEqualTo(many + others);

        titles.clear();
        page.filterProperty().set(ContactFilter.ALL.withText("margins"));
        assertThat(titles).as("the page first, the count with the marks after it")
                .containsSubsequence(Messages.get("task.filter"), Messages.get("task.draw"));
        ContactMarks before = page.marksProperty().get();
        for (int i = 0; i <= titles.indexOf(Messages.get("task.filter")); i++) {
            runNext();
        }
        assertThat(page.matchingContactsProperty().get()).as("not counted yet").isEqualTo(many + others);
        assertThat(page.contacts()).as("the table, before anything is counted").hasSize(ContactsPageViewModel.PAGE_SIZE);

        page.pageProperty().set(1); // turned before the count came
        runAll();
        assertThat(page.contacts()).hasSize(50);
        assertThat(page.matchingContactsProperty().get()).as("the count of the search, not dropped by the page")
                .isEqualTo(many);
        assertThat(page.marksProperty().get()).isNotSameAs(before);
        assertThat(page.marksProperty().get().size()).isEqualTo(many);
        assertThat(said).isEmpty();
    }
}
