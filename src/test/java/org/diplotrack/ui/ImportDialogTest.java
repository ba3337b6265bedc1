package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** File > Import… through the real window, with the file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Path exported = dir.resolve("export-" + UUID.randomUUID() + ".json");
    private final Path file = dir.resolve("import-" + UUID.randomUUID() + ".db");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                shown.add(title + ": " + message);
            }

            @Override
            public void showInformation(String title, String message) {
                shown.add(title + ": " + message);
            }

            @Override
            public Optional<Path> chooseDatabaseToOpen() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseImportFolder() {
                return Optional.of(Fixtures.file("hsg/pocom"));
            }

            @Override
            public Optional<Path> chooseImportFile() {
                return Optional.of(Fixtures.icews());
            }

            @Override
            public Optional<Path> chooseExportFile() {
                return Optional.of(exported);
            }

            @Override
            public boolean confirm(String title, String message) {
                return true;
            }

            @Override
            public Optional<Contact> editContact(ContactForm form, org.diplotrack.ui.SimilarContacts similar) {
                return Optional.empty();
            }
        };
        window = MainWindow.show(stage, file,
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs), dialogs);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void importingAFixtureShowsProgressThenTheReportAndTheTableGrows(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.pairs().selectedPairProperty().set(null));
        robot.clickOn(Messages.get("menu.file").replace("_", ""));
        robot.clickOn(Messages.get("menu.file.mergeReports").replace("_", "")); // off: a contact per row
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new Settings(prefs).mergeReports()).as("the choice is remembered").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importStatus").tryQuery().isPresent());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#importReport").queryAs(TextArea.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        String report = robot.lookup("#importReport").queryAs(TextArea.class).getText();
        assertThat(report).startsWith("icews-2018-sample.tab (ICEWS events): 4,993 rows").contains("imported");
        assertThat(robot.lookup("#importProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText()).as("the last progress shown")
                .startsWith("4,993 rows, 100%").contains("rows/s");

        // Merging turned off: a contact per row.
        assertThat(report).doesNotContain("new contact");
        long imported = Long.parseLong(report.lines().filter(l -> l.trim().startsWith("imported")).findFirst()
                .orElseThrow().replaceAll("[^0-9]", ""));
        assertThat(imported).isGreaterThan(1000);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 3 + imported);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.pairs().onRecord().size() > 100);
        robot.clickOn("#importClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importReport").tryQuery()).isEmpty();
    }

    /** Ctrl+I with the ICEWS sample chosen; returns the report once shown. */
    private static String importIcews(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#importReport").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        String report = robot.lookup("#importReport").queryAs(TextArea.class).getText();
        robot.clickOn("#importClose");
        return report;
    }

    @Test
    void aMergedContactShowsItsReportsInTheTableAndTheDetailPane(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 3);
        assertThat(new Settings(prefs).mergeReports()).as("merging is the default (data-quality.md)").isTrue();
        String report = importIcews(robot);
        long added = Long.parseLong(report.replaceAll("(?s).*→ ([0-9,]+) new contacts.*", "$1").replace(",", ""));
        assertThat(added).isBetween(100L, 1000L);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 3 + added);
        robot.interact(() -> model.pairs().selectedPairProperty().set(org.diplotrack.model.Dyad.parse("KP-US")));
        javafx.scene.control.TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(c -> c.dyad().code().equals("KP-US")));
        WaitForAsyncUtils.waitForFxEvents();
        int row = 0;
        for (int i = 1; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).reports().size() > table.getItems().get(row).reports().size()) {
                row = i;
            }
        }
        Contact most = table.getItems().get(row);
        assertThat(most.reports().size()).isGreaterThan(most.reportSources()).isGreaterThan(10);
        int index = row;
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node rowCell = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getIndex() == index).findFirst().orElseThrow();
        robot.clickOn(rowCell);
        WaitForAsyncUtils.waitForFxEvents();
        String cells = robot.from(rowCell).lookup(".table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream().map(c -> String.valueOf(c.getText()))
                .reduce("", (a, b) -> a + "|" + b);
        assertThat(cells).as("the reports column").contains("|" + most.reports().size() + "|");
        var detail = robot.lookup(".contact-detail").queryAs(org.diplotrack.ui.contacts.ContactDetailPane.class);
        String shown = robot.from(detail).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(shown).contains(most.reports().size() + " reports from " + most.reportSources() + " sources")
                .contains("ICEWS " + most.reports().get(0).eventId()).contains(most.a().participants().get(0).name());
        // The news agencies, a card each before, share one line.
        List<String> agencies = most.sources().stream().map(s -> s.publication()).toList();
        assertThat(agencies).hasSizeGreaterThan(1);
        assertThat(robot.from(detail).lookup(".source-names").queryAs(Label.class).getText())
                .isEqualTo(String.join(" · ", agencies));
        assertThat(robot.from(detail).lookup(".detail-sources .source-card").queryAll()).isEmpty();

        // Sources › At least 10 sources: the pair's contacts that ten stories or more bear out.
        List<Contact> before = List.copyOf(table.getItems());
        long expected = before.stream().filter(c -> c.sourceCount() >= 10).count();
        assertThat(expected).isPositive().isLessThan(before.size());
        // Opened by its own call: a click could land while the bar is laid out again after the detail pane.
        var menu = robot.lookup("#filterSources").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(menu::show);
        robot.clickOn(Messages.get("filter.sources.atLeast", 10));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == expected);
        assertThat(table.getItems()).allMatch(c -> c.sourceCount() >= 10);
        assertThat(model.filterProperty().get().minSources()).isEqualTo(10);
        assertThat(menu.getText()).isEqualTo(Messages.get("filter.sources.min", 10));

        // Sources › Any number, then Only those with doubts: the contacts the detail pane doubts, to review.
        robot.interact(menu::show);
        robot.clickOn(Messages.get("filter.sources.any"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == before.size());
        long doubtful = before.stream().filter(org.diplotrack.model.ContactQuality::doubtful).count();
        assertThat(doubtful).isPositive().isLessThan(before.size());
        robot.interact(menu::show);
        robot.clickOn(Messages.get("filter.doubts.only"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == doubtful);
        assertThat(table.getItems()).allMatch(c -> !org.diplotrack.model.ContactQuality.of(c).isEmpty());
        assertThat(menu.getText()).isEqualTo(Messages.get("filter.sources") + " · "
                + Messages.get("filter.sources.onlyDoubts"));
        robot.interact(menu::show);
        robot.clickOn(Messages.get("filter.doubts.without"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == before.size() - doubtful);
        assertThat(new Settings(prefs).filter().doubts()).as("remembered")
                .isEqualTo(org.diplotrack.model.Doubts.WITHOUT);
    }

    @Test
    void importingAFolderOfChiefsOfMissionFillsTheMissions(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#importReport").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        String report = robot.lookup("#importReport").queryAs(TextArea.class).getText();
        assertThat(report).startsWith("pocom (Office of the Historian chiefs of mission): 276 rows");
        robot.clickOn("#importClose");
        try (org.diplotrack.store.Database db = org.diplotrack.store.Database.openReadOnly(file)) {
            assertThat(db.missions().count()).isPositive();
            assertThat(db.missions().search("huntsman")).isNotEmpty();
        }
    }

    @Test
    void exportingWritesThePairShownToTheChosenFile(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.contacts().size() == 3);
        robot.clickOn(Messages.get("menu.file").replace("_", ""));
        robot.clickOn(Messages.get("menu.file.exportContacts").replace("_", ""));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.isEmpty());
        assertThat(shown).singleElement().asString().contains("3 contacts written to");
        List<Contact> back = new org.diplotrack.io.NativeJsonReader().read(
                java.nio.file.Files.newInputStream(exported), "export.json");
        assertThat(back).hasSize(3).allMatch(c -> c.dyad().code().equals("CA-RU"));
    }
}
