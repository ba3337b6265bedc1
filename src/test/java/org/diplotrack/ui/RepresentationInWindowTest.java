package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplotrack.TestMissions;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.MissionRank;
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

/** The seed pair with its heads of mission on record: the summary names them, the timeline draws their bands. */
@ExtendWith(ApplicationExtension.class)
class RepresentationInWindowTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path file = dir.resolve("missions-" + UUID.randomUUID() + ".db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.missions().add(TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.AMBASSADOR, "A. Example",
                    "2019-01-10", "2021-06-30"));
            db.missions().add(TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.CHARGE_AD_INTERIM,
                    "B. Example", "2021-09-01", null));
            db.missions().add(TestMissions.of(TestMissions.RU, TestMissions.CA, MissionRank.AMBASSADOR, "Oleg Stepanov",
                    "2021-01-15", null));
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
    void theSummaryNamesEachSidesHeadOfMissionAndTheTimelineDrawsTheirBands(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#summaryRepresentation").queryAs(Label.class).isVisible());
        String heads = robot.lookup("#summaryRepresentation").queryAs(Label.class).getText();
        assertThat(heads).contains("Canada → Russia: chargé d'affaires a.i. B. Example since Sep 1, 2021")
                .contains("Russia → Canada: ambassador Oleg Stepanov since Jan 15, 2021");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineCanvas timeline = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        assertThat(timeline.getRepresentation()).hasSize(2);
        assertThat(timeline.getRepresentation().get(0).tenures()).hasSize(2);
        Screenshots.save(stage.getScene(), "timeline-bands");
    }
}
