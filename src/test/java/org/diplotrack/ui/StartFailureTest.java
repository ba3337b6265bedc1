package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.store.DataLocation;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window whose layout cannot be loaded says why: on stderr, in the log and in a dialog. */
@ExtendWith(ApplicationExtension.class)
class StartFailureTest {
    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aBrokenLayoutShowsItsCauseOnStderrInTheLogAndInADialog(FxRobot robot) throws Exception {
        Path layout = dir.resolve("broken.fxml");
        Files.writeString(layout, """
                <?xml version="1.0" encoding="UTF-8"?>
                <?import javafx.scene.layout.VBox?>
                <VBox xmlns:fx="http://javafx.com/fxml">
                  <NoSuchControl/>
                </VBox>
                """);
        URL broken = layout.toUri().toURL();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Optional<MainWindow>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(MainWindow.start(stage, RecordLocation.of(dir.resolve("start.db")),
                f -> Database.open(f, SeedData::contacts), url -> { }, new Settings(prefs),
                broken, new PrintStream(err, true, StandardCharsets.UTF_8))));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String shown = ((Label) pane.getContent()).getText();
        String details = ((TextArea) pane.getExpandableContent()).getText();
        assertThat(pane.getHeaderText()).isEqualTo(Messages.get("start.failed"));
        assertThat(shown).contains("broken.fxml").contains(DataLocation.logDirectory().toString());
        assertThat(details).contains("NoSuchControl").contains("javafx.fxml.LoadException");

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(Messages.get("start.failed"))
                .contains("caused by: javafx.fxml.LoadException")
                .contains(DataLocation.logDirectory().toString());

        robot.interact(() -> ((Button) pane.lookupButton(DialogButtons.ok())).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isEmpty();
        assertThat(Files.readString(DataLocation.logDirectory().resolve("tests.log")))
                .contains("ERROR").contains(Messages.get("start.failed")).contains("NoSuchControl");
    }
}
