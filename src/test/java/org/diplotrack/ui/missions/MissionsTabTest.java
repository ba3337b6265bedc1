package org.diplotrack.ui.missions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplotrack.TestMissions;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionRank;
import org.diplotrack.store.Database;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Missions tab of the seed pair: list, new (through the editor's form), edit, delete and undo. */
@ExtendWith(ApplicationExtension.class)
class MissionsTabTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private Path file;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        file = dir.resolve("missions-" + UUID.randomUUID() + ".db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.missions().add(TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.AMBASSADOR, "A. Example",
                    "2019-01-10", "2021-06-30"));
            db.missions().add(TestMissions.of(TestMissions.RU, TestMissions.CA, MissionRank.AMBASSADOR, "Oleg Stepanov",
                    "2021-01-15", null));
            db.missions().add(TestMissions.of(TestMissions.US, TestMissions.RU, MissionRank.AMBASSADOR,
                    "George Frost Kennan", "1952-05-14", "1952-09-19"));
        }
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                forms.add("error " + title + ": " + message);
            }

            @Override
            public void showInformation(String title, String message) {
                forms.add(title + ": " + message);
            }

            @Override
            public Optional<Path> chooseDatabaseToOpen() {
                return Optional.empty();
            }

            @Override
            public boolean confirm(String title, String message) {
                return true;
            }

            @Override
            public Optional<Path> chooseMissionExportFile(String suggestedName) {
                forms.add("export as " + suggestedName);
                return Optional.of(dir.resolve("exported-" + UUID.randomUUID() + ".json"));
            }

            @Override
            public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                return Optional.empty();
            }

            @Override
            public Optional<Mission> editMission(MissionForm form) {
                // As a researcher would: a new one gets a head, a rank and a start; an edit a note.
                forms.add(form.original() == null ? "new " + form.sending.get() + "-" + form.receiving.get() : "edit");
                if (form.original() == null) {
                    assertThat(form.problemProperty().get()).as("nothing given yet").isNotEmpty();
                    form.head.set("B. Example");
                    form.rank.set(MissionRank.CHARGE_AD_INTERIM);
                    form.from.set("2021-09");
                    form.to.set("2021-08");
                    assertThat(form.problemProperty().get()).as("ends before it starts").isNotEmpty();
                    form.to.set("");
                } else {
                    form.notes.set("Expelled, said the ministry; <b>verbatim</b> ${jndi:x}");
                }
                return form.build();
            }
        };
        window = MainWindow.show(stage, file, f -> Database.open(f, SeedData::contacts), url -> { },
                new Settings(prefs), dialogs);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void missionsOfThePairAreListedAddedEditedDeletedAndUndone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().pairMissionsProperty().get().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missionsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Mission> table = robot.lookup("#missionsTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Mission::head).containsExactly("Oleg Stepanov", "A. Example");

        robot.clickOn("#missionNew");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(forms).contains("new CA-RU");
        assertThat(table.getItems().get(0).head()).isEqualTo("B. Example");
        assertThat(table.getItems().get(0).rank()).isEqualTo(MissionRank.CHARGE_AD_INTERIM);

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#missionEdit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(m -> m.notes() != null && m.notes().contains("${jndi:x}")));
        assertThat(table.getItems().stream().filter(m -> m.notes() != null).findFirst().orElseThrow().notes())
                .isEqualTo("Expelled, said the ministry; <b>verbatim</b> ${jndi:x}");

        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#missionDelete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(forms).noneMatch(s -> s.startsWith("error"));
        org.diplotrack.ui.Screenshots.save(table.getScene(), "missions-tab");
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.missions().forPair(org.diplotrack.model.Dyad.parse("CA-RU"))).hasSize(3);
        }
    }

    @Test
    void aDeletedMissionWaitsInTheTrashToBeRestoredOrRemovedForGood(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().pairMissionsProperty().get().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missionsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Mission> missions = robot.lookup("#missionsTable").queryAs(TableView.class);
        robot.interact(() -> missions.getSelectionModel().select(1)); // A. Example
        robot.clickOn("#missionDelete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> missions.getItems().size() == 1);

        robot.clickOn("Trash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missionTrashTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Mission> trash = robot.lookup("#missionTrashTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trash.getItems().size() == 1);
        assertThat(trash.getItems().get(0).head()).isEqualTo("A. Example");
        assertThat(robot.lookup("#missionsHeading").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Missions (1)");
        org.diplotrack.ui.Screenshots.save(trash.getScene(), "trash-missions");

        // Restore, then undo the restore: the mission goes back to the trash.
        robot.interact(() -> trash.getSelectionModel().select(0));
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trash.getItems().isEmpty()
                && window.model().pairMissionsProperty().get().size() == 2);
        assertThat(window.model().changes().history().undoDescriptionProperty().get()).contains("A. Example");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trash.getItems().size() == 1);

        // Removed for good (the dialog is answered yes): gone from the file, and not in the trash.
        robot.interact(() -> trash.getSelectionModel().select(0));
        robot.clickOn("#purgeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trash.getItems().isEmpty());
        assertThat(forms).noneMatch(s -> s.startsWith("error"));
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.missions().trash()).isEmpty();
            assertThat(db.missions().forPair(org.diplotrack.model.Dyad.parse("CA-RU")))
                    .extracting(Mission::head).containsExactly("Oleg Stepanov");
        }
    }

    @Test
    void thePairsMissionsAreExportedToAFileThatReadsBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().pairMissionsProperty().get().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missionExport").tryQuery().isPresent());
        robot.clickOn("#missionExport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> forms.stream().anyMatch(f -> f.startsWith("Export missions")));
        assertThat(forms).contains("export as missions-ca-ru.csv");
        String done = forms.stream().filter(f -> f.startsWith("Export missions")).findFirst().orElseThrow();
        assertThat(done).contains("2 missions written to");
        Path written = Path.of(done.substring(done.indexOf(" to ") + 4, done.length() - 1));
        List<Mission> back;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(written)) {
            back = new org.diplotrack.io.MissionJson().read(in, written.toString());
        }
        assertThat(back).extracting(Mission::head).containsExactlyInAnyOrder("Oleg Stepanov", "A. Example");
        assertThat(back).extracting(Mission::rank).containsOnly(MissionRank.AMBASSADOR);
    }

    @Test
    void typingFindsMissionsInEveryPairAndEscapeGoesBackToThePair(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().pairMissionsProperty().get().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missionSearch").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Mission> table = robot.lookup("#missionsTable").queryAs(TableView.class);
        robot.clickOn("#missionSearch").write("KENNAN");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && "George Frost Kennan".equals(table.getItems().get(0).head()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#missionSearchStatus").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("1 mission matches \u201cKENNAN\u201d");
        org.diplotrack.ui.Screenshots.save(table.getScene(), "missions-search");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(Mission::head).containsExactly("Oleg Stepanov", "A. Example");
        assertThat(robot.lookup("#missionSearchStatus").queryAs(javafx.scene.control.Label.class).getText()).isEmpty();
    }

    @Test
    void theEditorSaysWhatIsWrongAndSavesOnlyWhenRight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().pairMissionsProperty().get().size() == 2);
        MissionForm form = MissionForm.blank(org.diplotrack.model.Dyad.parse("CA-RU"));
        java.util.concurrent.CompletableFuture<Optional<Mission>> answer = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answer.complete(MissionEditor.show(robot.listWindows().get(0), form)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#missionHead").tryQuery().isPresent());
        javafx.scene.control.Button save = (javafx.scene.control.Button) robot.lookup(".dialog-pane .button").queryAll()
                .stream().filter(n -> ((javafx.scene.control.Button) n).isDefaultButton()).findFirst().orElseThrow();
        assertThat(save.isDisabled()).isTrue();
        robot.interact(() -> {
            form.head.set("C. Example");
            form.from.set("2022-13");
        });
        assertThat(robot.lookup("#missionProblem").queryAs(javafx.scene.control.Label.class).getText())
                .contains("2022-13");
        robot.interact(() -> form.from.set("2022-03"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).isFalse();
        org.diplotrack.ui.Screenshots.save(save.getScene(), "mission-editor");
        robot.interact(save::fire);
        Mission saved = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(saved.head()).isEqualTo("C. Example");
        assertThat(saved.from()).hasToString("2022-03");
    }

}
