package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar says what runs while it runs (issue 16): here, the opening of a file held open. */
@ExtendWith(ApplicationExtension.class)
class TaskTitleTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final CountDownLatch release = new CountDownLatch(1);
    private final Path file = dir.resolve("held-" + UUID.randomUUID() + ".db");

    @AfterEach
    void forget() throws Exception {
        release.countDown();
        prefs.removeNode();
    }

    @Start
    void start(Stage stage) {
        MainWindow.show(stage, file, f -> {
            try {
                // The task is held open until the test lets it go.
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the opening go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Database.open(f, SeedData::contacts);
        }, url -> { }, new Settings(prefs));
    }

    @Test
    void theTitleOfTheWorkRunningShowsInTheStatusBarUntilItIsDone(FxRobot robot) throws Exception {
        Label title = robot.lookup("#taskTitle").queryAs(Label.class);
        String opening = Messages.get("task.open", file.getFileName());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> title.isVisible());
        assertThat(title.getText()).isEqualTo(opening);
        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getProgress())
                .as("the busy indicator turns beside it").isNegative();

        // The indicator's binding must outlive a collection, or it would turn for ever after.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        release.countDown();
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !title.isVisible());
        org.controlsfx.control.StatusBar bar = robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getProgress() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isNotEqualTo(opening);
    }
}
