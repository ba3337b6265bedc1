package org.diplotrack.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.store.SharedDatabase;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.FxDialogService;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two windows on one shared record (issue 14): what a colleague saves, trashes or adds shows in
 * the other window without F5, and the contact selected there stays selected.
 */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesTest {
    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final ServerAddress server = TestPostgres.newDatabase();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SharedDatabase.init(server, SeedData::contacts);
        DialogService dialogs = new FxDialogService(stage, Messages.bundle());
        window = MainWindow.show(stage, RecordLocation.of(server), file -> {
            throw new AssertionError("no file is opened");
        }, url -> { }, new Settings(prefs), dialogs);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aColleaguesEditTrashAndAdditionShowWithoutRefreshAndTheSelectionStays(FxRobot robot) throws Exception {
        waitUntil(20, () -> window.model().contacts().size() == 3);
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        Contact selected = table.getSelectionModel().getSelectedItem();

        // The colleague: another window on the same record, as another client of the server.
        try (Database colleague = SharedDatabase.open(server)) {
            Contact theirs = colleague.contacts().find(ContactFilter.ALL).stream()
                    .filter(c -> c.id() == selected.id()).findFirst().orElseThrow();
            colleague.contacts().update(new Contact(theirs.id(), theirs.a(), theirs.b(), theirs.date(),
                    theirs.endDate(), theirs.approximate(), theirs.mode(), theirs.setting(), theirs.status(),
                    theirs.location(), "Revised by a colleague", theirs.tags(), theirs.sources(), theirs.provenance(),
                    theirs.reports(), theirs.created(), theirs.modified()));
            long started = System.nanoTime();
            waitUntil(10, () -> window.model().contacts().stream()
                    .anyMatch(c -> "Revised by a colleague".equals(c.summary())));
            System.out.println("live-update-ms=" + (System.nanoTime() - started) / 1_000_000);
            assertThat(table.getSelectionModel().getSelectedItem()).as("the selection stays")
                    .satisfies(c -> assertThat(c.id()).isEqualTo(selected.id()))
                    .satisfies(c -> assertThat(c.summary()).isEqualTo("Revised by a colleague"));

            Contact other = window.model().contacts().stream().filter(c -> c.id() != selected.id()).findFirst()
                    .orElseThrow();
            colleague.contacts().moveToTrash(List.of(other.id()));
            waitUntil(10, () -> window.model().contacts().size() == 2);
            assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selected.id());

            colleague.contacts().insert(other.withId(0, null, null));
            waitUntil(10, () -> window.model().contacts().size() == 3);
        }
        assertThat(stage.getTitle()).endsWith(server.database() + "@localhost");
    }
}
