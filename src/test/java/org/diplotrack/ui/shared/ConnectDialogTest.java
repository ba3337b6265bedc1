package org.diplotrack.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.store.SharedDatabase;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Connect to shared database… (issue 14) in the window, on a real PostgreSQL server: a
 * reader's window shows the shared record read-only, the connection is remembered without its
 * password, and a wrong password is said so while the open file stays.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final Settings settings = new Settings(prefs);
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, dir.resolve("connect-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, settings);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A shared record with one more contact than the file, so that the window shows which it has open. */
    private static ServerAddress sharedRecordWithReader(String reader, String password) {
        ServerAddress server = TestPostgres.newDatabase();
        SharedDatabase.init(server, () -> {
            List<Contact> seed = new ArrayList<>(SeedData.contacts());
            seed.add(seed.get(0).withId(0, null, null));
            return seed;
        });
        TestPostgres.execute("DROP ROLE IF EXISTS " + reader);
        TestPostgres.execute("CREATE ROLE " + reader + " LOGIN PASSWORD '" + password + "' IN ROLE diplotrack_reader");
        return server;
    }

    private static void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    private static void openConnectDialog(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#connectHost").tryQuery().isPresent());
    }

    private static Node okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).query();
    }

    private static List<String> dialogTexts(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream().flatMap(p -> p.lookupAll(".label").stream())
                .filter(Label.class::isInstance).map(l -> ((Label) l).getText()).filter(t -> t != null).toList();
    }

    @Test
    void aReaderConnectsAndSeesTheSharedRecordReadOnlyAndTheAddressIsRememberedWithoutItsPassword(FxRobot robot)
            throws Exception {
        waitUntil(() -> window.model().contacts().size() == 3);
        ServerAddress server = sharedRecordWithReader("dora", "dora-pw");
        openConnectDialog(robot);

        fill(robot, "connectPort", "54x");
        Label problem = robot.lookup("#connectProblem").queryAs(Label.class);
        assertThat(problem.getText()).contains("1 to 65535");
        assertThat(okButton(robot).isDisabled()).isTrue();

        fill(robot, "connectHost", "localhost");
        fill(robot, "connectPort", String.valueOf(TestPostgres.port()));
        fill(robot, "connectDatabase", server.database());
        fill(robot, "connectUser", "dora");
        fill(robot, "connectPassword", "dora-pw");
        assertThat(problem.getText()).isEmpty();
        robot.clickOn(okButton(robot));

        waitUntil(() -> window.model().contacts().size() == 4);
        waitUntil(() -> stage.getTitle().endsWith(server.database() + "@localhost"));
        String address = "postgresql://dora@localhost:" + TestPostgres.port() + "/" + server.database();
        assertThat(window.model().readOnlyProperty().get()).isTrue();
        assertThat(robot.lookup("#readOnlyNotice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#newButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup(".status-bar").queryAs(StatusBar.class).getText()).contains(address)
                .doesNotContain("dora-pw");

        assertThat(settings.recentServers()).extracting(ServerAddress::toString).containsExactly(address);
        for (String key : prefs.keys()) {
            assertThat(prefs.get(key, "")).doesNotContain("dora-pw");
        }

        openConnectDialog(robot);
        assertThat(robot.lookup("#connectDatabase").queryAs(TextField.class).getText())
                .as("the recent connection fills the form").isEqualTo(server.database());
        assertThat(robot.lookup("#connectPassword").queryAs(TextField.class).getText()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aWrongPasswordIsSaidAndTheOpenRecordStays(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().contacts().size() == 3);
        ServerAddress server = sharedRecordWithReader("emil", "emil-pw");
        openConnectDialog(robot);
        fill(robot, "connectHost", "localhost");
        fill(robot, "connectPort", String.valueOf(TestPostgres.port()));
        fill(robot, "connectDatabase", server.database());
        fill(robot, "connectUser", "emil");
        fill(robot, "connectPassword", "not-it");
        robot.clickOn(okButton(robot));

        waitUntil(() -> dialogTexts(robot).stream().anyMatch(t -> t.contains("refused the login of user emil")));
        assertThat(dialogTexts(robot)).noneMatch(t -> t.contains("not-it"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(window.model().contacts()).hasSize(3);
        assertThat(window.model().readOnlyProperty().get()).isFalse();
        assertThat(settings.recentServers()).as("a failed connection is not remembered").isEmpty();
    }
}
