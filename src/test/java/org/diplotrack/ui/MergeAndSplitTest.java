package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Merging two contacts (Edit › Merge contacts, Ctrl+M) and splitting a report out, both undone. */
@ExtendWith(ApplicationExtension.class)
class MergeAndSplitTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private MainWindow window;

    /** ICEWS-like reports of Kim Yong-chol's visit: two contacts of one report each, one of two reports. */
    private static Contact visit(String day, String... events) {
        List<Report> reports = java.util.Arrays.stream(events).map(e -> new Report("ICEWS", e, "042",
                PartialDate.parse(day), null, "Kim Yong-chol", "Donald Trump", Level.UNKNOWN, Mode.VISIT, "f.tab", null,
                "story" + e, 1, null, null, null)).toList();
        return Contact.builder().a(Side.of(Country.of("KP"), Level.UNKNOWN)).b(Side.of(Country.of("US"), Level.UNKNOWN))
                .date(PartialDate.parse(day)).mode(Mode.VISIT).status(Status.HELD).summary("Make a visit")
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "f.tab", events[0], "042"))
                .reports(reports).build();
    }

    /** The same visit entered by a researcher: never merged automatically, its reports offered. */
    private static Contact byHand() {
        return Contact.builder().a(new Side(Country.of("KP"), Level.UNKNOWN, null,
                        List.of(new org.diplotrack.model.Participant("Kim Yong-chol", "Vice Chairman"))))
                .b(Side.of(Country.of("US"), Level.HEAD_OF_STATE)).date(PartialDate.parse("2018-06-02"))
                .mode(Mode.VISIT).status(Status.HELD).summary("Kim Yong-chol hands Trump a letter").build();
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("merge-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, () -> List.of(visit("2018-06-01", "1"), visit("2018-06-02", "2"),
                        visit("2018-06-03", "3", "4"), byHand())), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private TableView<Contact> table(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 4);
        robot.interact(() -> model.pairs().selectedPairProperty().set(Dyad.parse("KP-US")));
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        return table;
    }

    /** Ctrl+Z, then the pair's four contacts as seeded: one report, one, none (by hand), two. */
    private static void undoneBackToTheSeed(FxRobot robot, TableView<Contact> table) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        assertThat(table.getItems()).extracting(c -> c.reports().size()).containsExactly(1, 1, 0, 2);
    }

    @Test
    void twoContactsMergedByCtrlMAreOneAndUndoMakesThemTwoAgain(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1);
        });
        robot.clickOn(table).press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems().get(0).reports()).extracting(Report::eventId).containsExactly("1", "2");
        assertThat(window.model().changes().trash()).hasSize(1);

        undoneBackToTheSeed(robot, table);
    }

    @Test
    void aReportSplitOutFromTheDetailPaneIsAContactOfItsOwnUntilUndone(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".split-report").tryQuery().isPresent());
        assertThat(robot.lookup(".split-report").queryAll()).hasSize(2);
        // Fired, not clicked: the detail pane scrolls, and the link may lie below its fold.
        var split = robot.lookup(".split-report").nth(1).queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(split::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        assertThat(table.getItems()).extracting(c -> c.reports().size()).containsOnly(0, 1);
        assertThat(table.getItems()).filteredOn(c -> "4".equals(c.provenance().eventId())).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo(PartialDate.parse("2018-06-03")));

        undoneBackToTheSeed(robot, table);
    }

    @Test
    void aContactEnteredByHandIsOfferedTheDatasetReportsOfItsDaysAndTakesOne(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        Contact manual = table.getItems().get(2);
        assertThat(manual.provenance().origin()).isNotEqualTo(Provenance.Origin.DATASET_IMPORT);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".add-match").tryQuery().isPresent());
        assertThat(robot.lookup(".add-match").queryAll()).as("the visit's reports of Jun 1, 2 and 3").hasSize(3);
        var add = robot.lookup(".add-match").nth(1).queryAs(javafx.scene.control.Hyperlink.class); // Jun 2
        robot.interact(add::fire); // fired: the detail pane scrolls, the link may lie below its fold
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        Contact taken = table.getItems().stream().filter(c -> c.id() == manual.id()).findFirst().orElseThrow();
        assertThat(taken.reports()).extracting(Report::eventId).containsExactly("2");
        assertThat(taken.summary()).isEqualTo("Kim Yong-chol hands Trump a letter");
        assertThat(taken.b().level()).isEqualTo(Level.HEAD_OF_STATE);

        undoneBackToTheSeed(robot, table);
    }
}
