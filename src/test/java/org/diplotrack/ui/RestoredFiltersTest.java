package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Level;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens with the pair and filters of the last run, shown in the filter bar. */
@ExtendWith(ApplicationExtension.class)
class RestoredFiltersTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = remembered();
    private MainWindow window;

    private static Preferences remembered() {
        Preferences node = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
        node.put("pair", "CA-RU");
        node.put("filter.text", "Joly");
        node.put("filter.levels", "minister");
        node.put("filter.from", "2022");
        node.putBoolean("filter.rootOnly", true); // a manual contact is not GDELT's to leave out
        return node;
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("restored-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theRememberedFiltersAreShownAndApplied(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.model().databaseProperty().get() != null
                && window.model().contacts().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().contacts().get(0).level()).isEqualTo(Level.MINISTER);
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEqualTo("Joly");
        assertThat(robot.lookup("#filterFrom").queryAs(TextField.class).getText()).isEqualTo("2022");
        assertThat(window.model().matchingContactsProperty().get()).isEqualTo(1);
        assertThat(window.model().filterProperty().get().rootOnly()).isTrue();
        assertThat(robot.lookup("#filterSources").queryAs(javafx.scene.control.MenuButton.class).getText())
                .isEqualTo(org.diplotrack.ui.Messages.get("filter.sources") + " · "
                        + org.diplotrack.ui.Messages.get("filter.sources.root"));
        assertThat(window.model().totalContactsProperty().get()).isEqualTo(3);
    }
}
