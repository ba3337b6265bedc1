package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import org.diplotrack.ui.contacts.ContactHistoryPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane's History tab lists the selected contact's changes, newest first, with each field before and after. */
@ExtendWith(ApplicationExtension.class)
class HistoryTabTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("history-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot) {
        ContactHistoryPane pane = robot.lookup("#historyPane").queryAs(ContactHistoryPane.class);
        return robot.from(pane).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void anEditShowsInTheHistoryTabAndTheTabFollowsTheSelection(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().contacts().size() == 3);
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        Contact first = table.getItems().get(0);
        robot.clickOn("#editButton");
        Node summary = robot.lookup("#summary").query();
        robot.clickOn(summary);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Talks kept to the two capitals.");
        robot.clickOn("#saveContact");
        waitUntil(() -> window.model().contacts().stream()
                .anyMatch(c -> "Talks kept to the two capitals.".equals(c.summary())));

        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        robot.clickOn("History");
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1
                && texts(robot).stream().anyMatch(t -> t.contains("edited")));
        List<String> shown = texts(robot);
        assertThat(shown.get(0)).contains(System.getProperty("user.name")).endsWith("edited");
        assertThat(shown).contains("Summary").anySatisfy(t -> assertThat(t)
                .startsWith(first.summary() == null ? "(none)" : first.summary())
                .endsWith("\u2192 Talks kept to the two capitals."));

        // Another contact, never changed here: the seed has no history.
        robot.interact(() -> table.getSelectionModel().select(1));
        waitUntil(() -> texts(robot).stream().anyMatch(t -> t.startsWith("No change of this contact")));
        robot.interact(() -> table.getSelectionModel().clearSelection());
        waitUntil(() -> texts(robot).equals(List.of(Messages.get("detail.empty"))));
    }
}
