package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.chart.export.ChartExport;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.chart.export.FilterWords;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.l10n.Localization;
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
 * Each screen read in French and Russian as a user sees it at 1280×800: the main window with a
 * contact and its pair's summary, the editor, and an exported chart. No label, button or menu
 * is cut off or wraps inside a word; the pictures are left in {@code target/screenshots/} to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class TranslatedScreensTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Labels that show a contact's own data (a file path may have to break): not the app's words. */
    private static final List<String> DATA = List.of("field-value", "source-title", "source-quote", "detail-summary");

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish() throws Exception {
        Localization.use(Locale.ENGLISH);
        ControlsLanguage.follow(Locale.ENGLISH);
        prefs.removeNode();
    }

    @Test
    void frenchScreensShowWholeLabels(FxRobot robot) throws Exception {
        readEachScreen(robot, Locale.FRENCH);
    }

    @Test
    void russianScreensShowWholeLabels(FxRobot robot) throws Exception {
        readEachScreen(robot, Localization.RUSSIAN);
    }

    private void readEachScreen(FxRobot robot, Locale language) throws Exception {
        Localization.use(language);
        String tag = language.getLanguage();
        robot.interact(() -> {
            MainWindow.show(stage, dir.resolve("screens-" + tag + ".db"), f -> Database.open(f, SeedData::contacts),
                    url -> { }, new Settings(prefs));
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".status-count").queryAs(Label.class).getText().startsWith("3"));
        TableView<?> table = robot.lookup("#table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#summarySentence").queryAs(Label.class).getText().isBlank());
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), "main-" + tag);
        assertThat(cutOff(stage.getScene().getRoot())).as("cut-off text in the main window (%s)", tag).isEmpty();

        // Fired, not clicked: the editor waits for its answer inside the click's event.
        javafx.scene.control.Button newButton = robot.lookup("#newButton").queryButton();
        javafx.application.Platform.runLater(newButton::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> otherWindow(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window editor = otherWindow(robot);
        save(editor.getScene(), "editor-" + tag);
        assertThat(cutOff(editor.getScene().getRoot())).as("cut-off text in the editor (%s)", tag).isEmpty();
        robot.interact(editor::hide);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#articleText").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#articleText").queryAs(TextArea.class).setText("OTTAWA (Test Wire - 12th May, 2022) Canadian "
                    + "Foreign Minister Melanie Joly spoke by phone with her Ukrainian counterpart on Tuesday.");
            robot.lookup("#findDrafts").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#draftsTable").queryTableView().getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        Window drafts = otherWindow(robot);
        save(drafts.getScene(), "drafts-" + tag);
        assertThat(cutOff(drafts.getScene().getRoot())).as("cut-off text in the window of contacts from text (%s)", tag)
                .isEmpty();
        robot.interact(drafts::hide);

        Path pdf = dir.resolve("chart-" + tag + ".pdf");
        ChartContent seed = new ChartContent(TimelineData.of(SeedData.contacts()), null, false,
                FilterWords.of(ContactFilter.forDyad(Dyad.parse("CA-RU"))), LocalDate.of(2022, 3, 1));
        new ChartExport(ExportOptions.DEFAULTS.withFormat(ExportFormat.PDF), seed).write(pdf);
        new ChartExport(ExportOptions.DEFAULTS.withFormat(ExportFormat.PNG), seed)
                .write(Files.createDirectories(SCREENSHOTS).resolve("chart-" + tag + ".png"));
        String words;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            words = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(words).as("the exported chart in %s", tag)
                .contains(Localization.text("chart.legend.held"))
                .contains(Localization.text("summary.rank.2"))
                .doesNotContain(Localization.textIn(Locale.ENGLISH, "chart.legend.planned"))
                .doesNotContain("Level of a contact");
    }

    private Window otherWindow(FxRobot robot) {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w instanceof Stage && w.isShowing() && w.getScene() != null)
                .findFirst().orElse(null);
    }

    /** Labels, buttons, menus and headers whose text is shown cut off with an ellipsis. */
    static List<String> cutOff(Parent root) {
        List<String> cut = new ArrayList<>();
        collectCutOff(root, cut);
        return cut;
    }

    private static void collectCutOff(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && !node.getStyleClass().contains("table-cell")) {
            String ellipsis = labeled.getEllipsisString();
            labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                    .filter(shown -> shown.endsWith(ellipsis) && !labeled.getText().endsWith(ellipsis))
                    .forEach(shown -> cut.add(labeled.getText().replace('\n', ' ') + " → " + shown.replace('\n', ' ')));
            if (labeled.isWrapText() && DATA.stream().noneMatch(labeled.getStyleClass()::contains)) {
                // A wrapping label too narrow for one of its words breaks the word itself ("Nivea|u").
                double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
                for (String word : labeled.getText().split("[ \\t\\n]+")) {
                    if (TextWidth.of(word, labeled.getFont()) > room + 1) {
                        cut.add(labeled.getText().replace('\n', ' ') + " → a word broken: " + word);
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectCutOff(child, cut));
        }
    }

    private static void save(Scene scene, String name) throws Exception {
        Screenshots.save(scene, name);
    }
}
