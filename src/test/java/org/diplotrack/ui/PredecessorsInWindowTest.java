package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplotrack.TestMissions;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.diplotrack.store.Database;
import org.diplotrack.ui.timeline.TimelineCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seed pair, Canada–Russia, with a test contact and a test mission of Canada and the Soviet
 * Union (made up for the test): "With predecessors: Soviet Union" under the pair's summary adds them to the pair's table and
 * its bands, and takes them out again (issue 17 part 4).
 */
@ExtendWith(ApplicationExtension.class)
class PredecessorsInWindowTest {
    private static final Country SU = Countries.lookup("SU");

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path file = dir.resolve("predecessors-" + UUID.randomUUID() + ".db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insert(Contact.builder().a(Side.of(TestMissions.CA, Level.HEAD_OF_GOVERNMENT))
                    .b(Side.of(SU, Level.HEAD_OF_GOVERNMENT)).date(PartialDate.parse("1971-05-17"))
                    .mode(Mode.VISIT).status(Status.HELD).summary("Test contact with the Soviet Union").build());
            db.missions().add(TestMissions.of(TestMissions.CA, SU, MissionRank.AMBASSADOR, "Test Ambassador",
                    "1980-01-10", "1990-06-30"));
            db.missions().add(TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.AMBASSADOR, "A. Example",
                    "2019-01-10", null));
        }
        MainWindow.show(stage, file, f -> Database.open(f, SeedData::contacts), url -> { }, new Settings(prefs));
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void predecessorsAddTheSovietUnionsContactsAndMissionsToRussiasPair(FxRobot robot) throws Exception {
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).noneMatch(c -> c.dyad().contains(SU));
        CheckBox predecessors = robot.lookup("#summaryPredecessors").queryAs(CheckBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, predecessors::isVisible);
        assertThat(predecessors.isSelected()).isFalse();
        assertThat(predecessors.getText()).isEqualTo("With predecessors: Soviet Union");
        assertThat(predecessors.getTooltip().getText()).contains("Soviet Union");

        robot.clickOn(predecessors);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        assertThat(table.getItems()).anyMatch(c -> c.dyad().contains(SU));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TimelineCanvas timeline = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getRepresentation().size() == 2
                && timeline.getRepresentation().get(0).tenures().size() == 2);
        assertThat(timeline.getRepresentation().get(0).tenures().get(0).mission().receiving()).isEqualTo(SU);
        Screenshots.save(stage.getScene(), "timeline-predecessors");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn(predecessors);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline.getRepresentation().get(0).tenures().size() == 1);
        assertThat(prefs.getBoolean("filter.predecessors", true)).as("remembered for the next run").isFalse();
        // A pair whose countries had none (Canada–Soviet Union, last in the list) shows no such box.
        javafx.scene.control.ListView<?> pairs = robot.lookup("#pairList").queryListView();
        robot.interact(() -> pairs.getSelectionModel().clearAndSelect(pairs.getItems().size() - 1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#summarySentence")
                .queryAs(javafx.scene.control.Label.class).getText().startsWith("Canada–Soviet Union"));
        assertThat(predecessors.isVisible()).isFalse();
    }
}
