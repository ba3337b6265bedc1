package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diplotrack.io.Fixtures;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In dark mode the windows over the main one are dark too (issue 16): both stylesheets, on each. */
@ExtendWith(ApplicationExtension.class)
class DarkWindowsTest {
    private static final String BASE = DarkWindowsTest.class.getResource("/css/diplotrack.css").toExternalForm();
    private static final String DARK = DarkWindowsTest.class.getResource("/css/dark.css").toExternalForm();

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Settings settings = new Settings(prefs);
        settings.saveDarkTheme(true);
        window = MainWindow.show(stage, dir.resolve("dark-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, settings, new DialogService() {
                    @Override
                    public void showError(String title, String message) {
                        throw new AssertionError(title + ": " + message);
                    }

                    @Override
                    public void showInformation(String title, String message) {
                    }

                    @Override
                    public Optional<Path> chooseDatabaseToOpen() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<Path> chooseImportFile() {
                        return Optional.of(Fixtures.icews());
                    }

                    @Override
                    public boolean confirm(String title, String message) {
                        return false;
                    }

                    @Override
                    public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                        return Optional.empty();
                    }
                });
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private static Scene sceneOf(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        Window found = robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).findFirst().orElseThrow();
        return found.getScene();
    }

    @Test
    void theImportAndExportWindowsCarryTheDarkStylesheetInDarkMode(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.model().contacts().size() == 3);
        Scene main = window.stage().getScene();
        assertThat(main.getStylesheets()).contains(BASE);
        assertThat(main.getRoot().getStylesheets()).contains(DARK);

        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        Scene imports = sceneOf(robot, Messages.get("import.title"));
        assertThat(imports.getStylesheets()).as("the import window's scene").contains(BASE);
        assertThat(imports.getRoot().getStylesheets()).as("the import window's root").contains(DARK);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#importReport").queryAs(TextArea.class).isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#importClose").queryAs(Button.class).isDisabled());
        robot.clickOn("#importClose");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Scene export = sceneOf(robot, Messages.get("export.chart.title"));
        assertThat(export.getStylesheets()).as("the export window's scene").contains(BASE);
        assertThat(export.getRoot().getStylesheets()).as("the export window's root").contains(DARK);
        robot.interact(() -> ((Stage) export.getWindow()).close());
    }

    @Test
    void inLightModeTheyDoNot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.model().contacts().size() == 3);
        robot.clickOn(Messages.get("menu.view").replace("_", ""));
        robot.clickOn(Messages.get("menu.view.dark").replace("_", ""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getScene().getRoot().getStylesheets()).doesNotContain(DARK);
        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Scene export = sceneOf(robot, Messages.get("export.chart.title"));
        assertThat(export.getStylesheets()).contains(BASE);
        assertThat(export.getRoot().getStylesheets()).doesNotContain(DARK);
        robot.interact(() -> ((Stage) export.getWindow()).close());
    }
}
