package org.diplotrack.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.store.Database;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.store.SharedDatabase;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.FxDialogService;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two windows on one shared record (issue 14): what a colleague saves, trashes or adds shows in
 * the other window without F5, and the contact selected there stays selected; the colleague is
 * first a client of the server, then a second main window of the app with its own editor.
 */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesTest {
    private final SharedWindows record = new SharedWindows();
    private final ServerAddress server = record.server;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = record.show(stage, new FxDialogService(stage, Messages.bundle()));
    }

    @AfterEach
    void forget() throws Exception {
        record.forget();
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        SharedWindows.waitUntil(seconds, condition);
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

    @Test
    void anEditSavedInOneMainWindowShowsInTheOtherWhoseSelectionStays(FxRobot robot) throws Exception {
        // The colleague's window: a second main window of the app, whose editor the colleague types into.
        Stage[] colleaguesStage = new Stage[1];
        MainWindow[] colleagues = new MainWindow[1];
        robot.interact(() -> {
            colleaguesStage[0] = new Stage();
            DialogService typing = new ForwardingDialogs(new FxDialogService(colleaguesStage[0], Messages.bundle())) {
                @Override
                public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                    form.summaryProperty().set("Revised in the other window");
                    return Optional.of(form.toContact());
                }
            };
            colleagues[0] = record.show(colleaguesStage[0], typing);
        });
        try {
            waitUntil(20, () -> window.model().contacts().size() == 3 && colleagues[0].model().contacts().size() == 3);
            TableView<Contact> mine = robot.from(stage.getScene().getRoot()).lookup("#table").queryTableView();
            robot.interact(() -> mine.getSelectionModel().select(0));
            long selected = mine.getSelectionModel().getSelectedItem().id();

            TableView<Contact> theirs = robot.from(colleaguesStage[0].getScene().getRoot()).lookup("#table")
                    .queryTableView();
            robot.interact(() -> theirs.getSelectionModel().select(1));
            long revised = theirs.getSelectionModel().getSelectedItem().id();
            Node edit = robot.from(colleaguesStage[0].getScene().getRoot()).lookup("#editButton").query();
            robot.clickOn(edit);

            waitUntil(10, () -> window.model().contacts().stream()
                    .anyMatch(c -> c.id() == revised && "Revised in the other window".equals(c.summary())));
            assertThat(mine.getSelectionModel().getSelectedItem().id()).as("my selection stays").isEqualTo(selected);
            assertThat(record.stored(revised).summary()).isEqualTo("Revised in the other window");
        } finally {
            robot.interact(colleaguesStage[0]::close);
        }
    }
}
