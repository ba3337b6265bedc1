package org.diplotrack.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
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
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.Screenshots;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The server goes away while the user edits (issue 14): the window says the change is not
 * saved, keeps it, tries again, and saves it once the server is back; leaving the record
 * meanwhile asks first.
 */
@ExtendWith(ApplicationExtension.class)
class LostServerTest {
    private final SharedWindows record = new SharedWindows();
    private final ServerAddress server = record.server;
    private final List<String> errorsShown = new ArrayList<>();
    private final List<String> questionsAsked = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                serverAway(true); // while the user types, the server restarts and is not back yet
                form.summaryProperty().set("Typed while the server was away");
                return Optional.of(form.toContact());
            }

            @Override
            public boolean confirm(String title, String message) {
                questionsAsked.add(title);
                return false;
            }

            @Override
            public void showError(String title, String message) {
                errorsShown.add(title + ": " + message);
            }

            @Override
            public void showError(String title, Throwable cause) {
                errorsShown.add(title + ": " + cause.getMessage());
            }

            @Override
            public void showInformation(String title, String message) {
            }

            @Override
            public Optional<java.nio.file.Path> chooseDatabaseToOpen() {
                return Optional.empty();
            }
        };
        window = record.show(stage, dialogs);
    }

    @AfterEach
    void forget() throws Exception {
        serverAway(false);
        record.forget();
    }

    /** What a server restart does: every connection dropped, and none taken until it is back. */
    private void serverAway(boolean away) {
        TestPostgres.execute("ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS " + !away);
        if (away) {
            TestPostgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + server.database() + "' AND pid <> pg_backend_pid()");
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        SharedWindows.waitUntil(30, condition);
    }

    private List<Contact> stored() {
        return record.stored();
    }

    @Test
    void anEditMadeWhileTheServerIsAwayIsKeptSaidUnsavedAndSavedWhenItIsBack(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().contacts().size() == 3);
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        Label notice = robot.lookup("#unsavedNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).as("nothing waits yet").isFalse();

        robot.clickOn("#editButton");
        waitUntil(notice::isVisible);
        assertThat(notice.getText()).isEqualTo(Messages.get("unsaved.status", 1, 5));
        Screenshots.save(notice.getScene(), "unsaved-notice");

        // A first retry finds the server still away: still unsaved, nothing reported as saved.
        Thread.sleep(6_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.isVisible()).isTrue();
        assertThat(window.model().changes().history().unsavedCount()).isEqualTo(1);
        assertThat(errorsShown).as("a lost server is a notice, not an error box").isEmpty();

        boolean[] left = {true};
        robot.interact(() -> left[0] = window.model().mayLeaveRecord());
        assertThat(left[0]).as("the user said no to losing the change").isFalse();
        assertThat(questionsAsked).containsExactly(Messages.get("unsaved.leave.title"));

        serverAway(false);
        waitUntil(() -> !notice.isVisible());
        assertThat(stored()).hasSize(3).filteredOn(c -> "Typed while the server was away".equals(c.summary()))
                .hasSize(1);
        waitUntil(() -> window.model().contacts().stream()
                .anyMatch(c -> "Typed while the server was away".equals(c.summary())));
        assertThat(errorsShown).isEmpty();
    }
}
