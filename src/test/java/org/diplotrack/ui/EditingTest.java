package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
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

/** Recording contacts through the real window: editor, undo and redo, trash, validation, duplicates. */
@ExtendWith(ApplicationExtension.class)
class EditingTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("edit-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private MainViewModel model() {
        return window.model();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForSeed() throws Exception {
        waitUntil(() -> model().contacts().size() == 3);
    }

    /** Types a country's name into a picker, which narrows its list to it, and confirms with Enter. */
    private static void pickCountry(FxRobot robot, String pickerId, String typed) {
        robot.clickOn(pickerId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(typed);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a choice box and picks an item with the keyboard, as a user can. */
    private static void pickFromCombo(FxRobot robot, String comboId, String item) {
        javafx.scene.control.ComboBox<Object> combo = robot.lookup(comboId).queryComboBox();
        int index = -1;
        for (int i = 0; i < combo.getItems().size(); i++) {
            if (item.equals(combo.getConverter().toString(combo.getItems().get(i)))) {
                index = i;
            }
        }
        assertThat(index).as("%s offers %s", comboId, item).isNotNegative();
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.HOME);
        if (index > 0) {
            robot.type(KeyCode.DOWN, index);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.getConverter().toString(combo.getValue())).isEqualTo(item);
    }

    private static void fillDate(FxRobot robot, String date) {
        typeInto(robot, "#date", date);
    }

    /** Clicks into a text field (again, if a closing popup took the first click) and types. */
    private static void typeInto(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        if (!field.isFocused()) {
            robot.clickOn(field);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewContactAppearsEverywhereAndUndoRedoTakeItAwayAndBack(FxRobot robot) throws Exception {
        waitForSeed();
        robot.clickOn("#newButton");
        pickCountry(robot, "#countryA", "France");
        pickCountry(robot, "#countryB", "Germany");
        pickFromCombo(robot, "#levelA", "minister");
        pickFromCombo(robot, "#levelB", "minister");
        assertThat(robot.lookup("#contactLevel").queryAs(Label.class).getText()).isEqualTo("minister");
        fillDate(robot, "2023-05-04");
        typeInto(robot, "#summary", "Talks on the Weimar triangle.");
        assertThat(robot.lookup("#problems").queryAs(Label.class).getText()).isEqualTo("Ready to save.");
        robot.clickOn("#saveContact");

        Dyad frDe = Dyad.parse("FR-DE");
        waitUntil(() -> frDe.equals(model().pairs().selectedPairProperty().get()) && model().contacts().size() == 1);
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(Level.MINISTER);
            assertThat(c.summary()).isEqualTo("Talks on the Weimar triangle.");
        });
        assertThat(robot.lookup("#summarySentence").queryAs(Label.class).getText())
                .startsWith("Germany–France: ").contains("at minister level, on May 4, 2023");
        assertThat(robot.lookup(".timeline").queryAs(TimelineCanvas.class).getData().marks()).hasSize(1);
        assertThat(model().pairs().onRecord()).extracting(d -> d.dyad().code()).contains("DE-FR");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> model().pairs().onRecord().stream().noneMatch(d -> d.dyad().equals(frDe)));
        assertThat(model().totalContactsProperty().get()).isEqualTo(3);
        assertThat(model().changes().history().redoDescriptionProperty().get()).startsWith("addition of May 4, 2023");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> model().totalContactsProperty().get() == 4
                && model().pairs().onRecord().stream().anyMatch(d -> d.dyad().equals(frDe)));
    }

    @Test
    void deleteMovesToTheTrashAndRestoreBringsItBack(FxRobot robot) throws Exception {
        waitForSeed();
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        Contact chosen = table.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.DELETE);
        waitUntil(() -> model().contacts().size() == 2 && model().changes().trash().size() == 1);
        assertThat(model().changes().trash()).extracting(Contact::id).containsExactly(chosen.id());
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).getTooltip().getText())
                .startsWith("Undo deletion of Jan 29, 2022");

        robot.clickOn("Trash");
        TableView<Contact> trash = robot.lookup("#trashTable").queryTableView();
        // the trash writes the date for the language too, and keeps the date itself to sort by
        assertThat(robot.from(trash).lookup(".table-cell").queryAll())
                .extracting(n -> ((javafx.scene.control.Labeled) n).getText()).contains("Jan 29, 2022");
        assertThat(trash.getColumns().get(0).getCellData(0)).isEqualTo(chosen.date());
        robot.clickOn(robot.from(trash).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#restoreButton");
        waitUntil(() -> model().contacts().size() == 3 && model().changes().trash().isEmpty());
        assertThat(model().contacts()).extracting(Contact::id).contains(chosen.id());
    }

    @Test
    void anInvalidUrlKeepsSaveDisabledAndSaysWhy(FxRobot robot) throws Exception {
        waitForSeed();
        robot.clickOn("#newButton");
        fillDate(robot, "2023-01-10");
        Button save = robot.lookup("#saveContact").queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).as("the pair is prefilled and the date valid").isFalse();
        // The editor's Sources tab (the filter bar's Sources menu has the same text).
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Sources".equals(l.getText())).queryAs(Label.class));
        robot.clickOn("#addSource");
        typeInto(robot, "#publication", "Gazette");
        typeInto(robot, "#url", "javascript:alert(1)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#problems").queryAs(Label.class).getText())
                .contains("Source 1").contains("not a web address");
        robot.doubleClickOn("#url").eraseText(20).write("https://example.org/report");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn("Cancel");
    }

    @Test
    void aNearCopyOfAContactOnRecordAsksBeforeSaving(FxRobot robot) throws Exception {
        waitForSeed();
        robot.clickOn("#newButton");
        pickFromCombo(robot, "#levelA", "ambassador");
        pickFromCombo(robot, "#levelB", "ambassador");
        pickFromCombo(robot, "#mode", "embassy channel");
        fillDate(robot, "2022-01-31");
        robot.clickOn("#saveContact");
        WaitForAsyncUtils.waitForFxEvents();
        Label question = robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("looks like a contact already on record")).queryAs(Label.class);
        assertThat(question.getText()).contains("Jan 29, 2022 Russia–Canada");
        robot.clickOn("No");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveContact").tryQuery()).as("the editor stays open").isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().totalContactsProperty().get()).isEqualTo(3);
    }
}
