package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the default window size and at 1024×700, the table's short columns (date, countries,
 * level, mode, status) and the filter bar's boxes show their whole text, none cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsTest {
    private static final Set<String> SHORT_COLUMNS = Set.of("dateColumn", "countriesColumn", "levelColumn",
            "modeColumn", "statusColumn");

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The seed and a contact with the longest mode ("meeting at a third location") and c. date.
        MainWindow.show(stage, dir.resolve("widths-" + UUID.randomUUID() + ".db"), file -> Database.open(file, () -> {
            List<Contact> contacts = new ArrayList<>(SeedData.contacts());
            contacts.add(TestContacts.full());
            return contacts;
        }), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void shortColumnsAndFilterBoxesAreNotCutAt1280x800(FxRobot robot) throws Exception {
        checkAt(robot, 1280, 800);
    }

    @Test
    void shortColumnsAndFilterBoxesAreNotCutAt1024x700(FxRobot robot) throws Exception {
        checkAt(robot, 1024, 700);
    }

    @Test
    void theWindowDoesNotGetNarrowerThanItsFilterBar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getMinWidth()).as("the window's minimum").isGreaterThan(800);
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        Node bar = robot.lookup(".filter-bar").query();
        Node last = ((javafx.scene.layout.HBox) bar).getChildren().get(((javafx.scene.layout.HBox) bar).getChildren()
                .size() - 1);
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxX()).as("Clear's right edge at the minimum")
                .isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    private void checkAt(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        ListView<DyadActivity> pairs = robot.lookup("#pairList").queryListView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pairs.getItems().size() == 3);
        robot.interact(() -> pairs.getSelectionModel().clearAndSelect(0)); // all pairs
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(table::layout);

        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .filter(c -> c.getTableColumn() != null && SHORT_COLUMNS.contains(c.getTableColumn().getId()))
                .toList();
        assertThat(cells).extracting(TableCell::getText)
                .contains("ambassador", "head of state", "embassy channel", "meeting at a third location",
                        "Russia – Canada", "France – Russia", "c. Nov 2021", "Jan 29, 2022");
        for (TableCell<?, ?> cell : cells) {
            assertThat(shownText(cell)).as("%s at %sx%s", cell.getTableColumn().getId(), width, height)
                    .isEqualTo(cell.getText());
        }
        List<String> boxTexts = robot.lookup(n -> n instanceof CheckComboBox).queryAll().stream()
                .flatMap(box -> texts(box)).toList();
        assertThat(boxTexts).contains("Levels", "Statuses", "Modes").noneMatch(t -> t.endsWith("..."));
        // The whole bar fits, its last button included; the Sources menu gives way first.
        Node bar = robot.lookup(".filter-bar").query();
        Node last = ((javafx.scene.layout.HBox) bar).getChildren().get(((javafx.scene.layout.HBox) bar).getChildren()
                .size() - 1);
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxX()).as("Clear's right edge at %s", width)
                .isLessThanOrEqualTo(stage.getScene().getWidth());
        if (width >= 1280) {
            Node sources = robot.lookup("#filterSources").query();
            assertThat(texts(sources).toList()).contains("Sources");
        }
    }

    /** What the cell draws: its label's text, which JavaFX cuts with "..." when it does not fit. */
    private static String shownText(Node cell) {
        return texts(cell).findFirst().orElse("");
    }

    private static Stream<String> texts(Node node) {
        return node.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .filter(t -> t != null && !t.isEmpty());
    }
}
