package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.Level;
import org.diplotrack.store.Database;
import org.diplotrack.ui.contacts.ContactDetailPane;
import org.diplotrack.ui.timeline.TimelineCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + java.util.UUID.randomUUID());

    @org.junit.jupiter.api.AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("ui-" + System.nanoTime() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs));
    }

    private TableView<Contact> table(FxRobot robot) throws Exception {
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        return table;
    }

    /** The seed's contacts in the table, then the Timeline tab. */
    private TimelineCanvas openTimeline(FxRobot robot) throws Exception {
        table(robot);
        robot.clickOn("Timeline");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".timeline").queryAs(TimelineCanvas.class);
    }

    @Test
    void opensOnTheSeededCanadaRussiaPair(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        ListView<DyadActivity> pairs = robot.lookup("#pairList").queryListView();
        assertThat(pairs.getItems()).extracting(d -> d.dyad() == null ? "all" : d.dyad().label())
                .containsExactly("all", "Canada–Russia");
        assertThat(pairs.getSelectionModel().getSelectedItem().dyad().code()).isEqualTo("CA-RU");
        assertThat(table.getItems()).extracting(Contact::level).contains(Level.AMBASSADOR);
        assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("ui-").contains(".db");
        assertThat(robot.lookup(".status-count").queryAs(Label.class).getText()).isEqualTo("3 of 3 contacts");
        assertThat(robot.lookup("#summarySentence").queryAs(Label.class).getText())
                .startsWith("Canada–Russia: ").contains("ambassador level")
                .contains("a minister visit (invited, Jan 29, 2022)")
                .contains("a head-of-state phone call (proposed, Jan 29, 2022)");
        assertThat(robot.lookup("#summaryCounts").queryAs(Label.class).getText())
                .isEqualTo("Contacts by level: Head of state / gov. 1, Minister 1, Ambassador 1. "
                        + "By mode: visit 1, phone call 1, embassy channel 1.");
    }

    @Test
    void selectingTheAmbassadorContactFillsTheDetailPane(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        int row = 0;
        while (table.getItems().get(row).level() != Level.AMBASSADOR) {
            row++;
        }
        robot.clickOn(robot.lookup(".table-row-cell").nth(row).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ContactDetailPane detail = robot.lookup(".contact-detail").queryAs(ContactDetailPane.class);
        String shown = robot.from(detail).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(shown).contains("Oleg Stepanov").contains("embassy channel").contains("ambassador")
                .contains("UrduPoint News (Sputnik): RPT - Russian Ambassador Regrets")
                .contains("Muhammad Irfan").contains("Ottawa and Moscow");
    }

    @Test
    void theTimelineTabDrawsTheContacts(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        assertThat(timeline.getData().marks()).hasSize(3);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> timeline.canvas().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(countColour(image, 0x0072B2)).as("ambassador blue").isGreaterThan(100);
        assertThat(countColour(image, 0xD55E00)).as("head-of-state vermillion").isGreaterThan(20);
    }

    @Test
    void theLaneToggleSwitchesBetweenLevelsAndPairs(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        assertThat(timeline.lastLayout().lanes().isByPair()).as("one pair: a lane per level").isFalse();
        assertThat(timeline.lastLayout().lanes().count()).isEqualTo(5);

        robot.clickOn("One per pair");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.lastLayout().lanes().isByPair()).isTrue();
        assertThat(timeline.lastLayout().lanes().label(0)).isEqualTo("Canada–Russia");

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.lastLayout().lanes().isByPair()).as("Ctrl+L: back to levels").isFalse();
        assertThat(robot.lookup("One per level").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();

        ListView<DyadActivity> pairs = robot.lookup("#pairList").queryListView();
        robot.interact(() -> pairs.getSelectionModel().clearAndSelect(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.lastLayout().lanes().isByPair());
        assertThat(robot.lookup("One per pair").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("All pairs: a lane per pair").isTrue();
    }

    @Test
    void theCountryFilterTakesANameOrCodeAndMarksAnUnknownOne(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        javafx.scene.control.TextField country = robot.lookup("#filterCountry").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(country).write("Frnace").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(country.getStyleClass()).contains("bad-input");
        assertThat(window.model().filterProperty().get().country()).isNull();

        robot.interact(() -> country.setText("ru"));
        robot.clickOn(country).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(country.getStyleClass()).doesNotContain("bad-input");
        assertThat(window.model().filterProperty().get().country().alpha2()).isEqualTo("RU");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        ListView<DyadActivity> pairs = robot.lookup("#pairList").queryListView();
        assertThat(pairs.getItems()).extracting(d -> d.dyad() == null ? "all" : d.dyad().code())
                .containsExactly("all", "CA-RU");

        robot.interact(() -> country.setText("Canada"));
        robot.clickOn(country).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().filterProperty().get().country().alpha2()).isEqualTo("CA");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prefs.get("filter.country", "").equals("CA"));
    }

    @Test
    void choosingSeveralPairsShowsTheirContactsTogetherWithALaneEach(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        Contact joly = table.getItems().stream().filter(c -> c.level() == Level.MINISTER).findFirst().orElseThrow();
        // A second pair: the minister's invitation moved to France–Russia.
        Contact moved = new Contact(0, new org.diplotrack.model.Side(org.diplotrack.model.Countries.lookup("FR"),
                Level.MINISTER, null, java.util.List.of()), joly.b(), joly.date(), null, false, joly.mode(),
                joly.setting(), joly.status(), null, "in France", java.util.List.of(), java.util.List.of(),
                joly.provenance(), java.util.List.of(), null, null);
        robot.interact(() -> window.model().databaseProperty().get().contacts().insert(moved));
        robot.interact(() -> window.model().reload());
        ListView<DyadActivity> pairs = robot.lookup("#pairList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pairs.getItems().size() == 3);

        robot.clickOn("Timeline");
        robot.interact(() -> {
            pairs.getSelectionModel().clearSelection();
            pairs.getSelectionModel().selectIndices(1, 2);
        });
        TimelineCanvas timeline = robot.lookup(".timeline").queryAs(TimelineCanvas.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().size() == 4);
        assertThat(window.model().pairs().selectedPairProperty().get()).isNull();
        assertThat(window.model().pairs().selectedPairsProperty().get()).extracting(d -> d.code())
                .containsExactlyInAnyOrder("CA-RU", "FR-RU");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.lastLayout() != null
                && timeline.lastLayout().lanes().isByPair() && timeline.lastLayout().lanes().count() == 2);
        assertThat(robot.lookup(".status-count").queryAs(Label.class).getText()).isEqualTo("4 of 4 contacts");

        robot.interact(() -> pairs.getSelectionModel().clearAndSelect(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().size() == 1);
        assertThat(window.model().pairs().selectedPairsProperty().get()).isEmpty();
        assertThat(window.model().pairs().selectedPairProperty().get().code()).isEqualTo("FR-RU");
    }

    private static int countColour(WritableImage image, int rgb) {
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if ((pixels.getArgb(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aDenseTimelineSaysBesideTheChartNotOverItThatZoomingInShowsEachContact(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        Label notice = robot.lookup(".density-notice").queryAs(Label.class);
        assertThat(notice.getText()).as("the seed's three contacts have a marker each").isEmpty();

        robot.interact(() -> timeline.setData(org.diplotrack.chart.SyntheticTimeline.of(5_000, 1)));
        assertThat(timeline.lastLayout().aggregated()).isTrue();
        assertThat(notice.getText())
                .isEqualTo("5,000 contacts drawn as density where markers would pile up: zoom in to see each one");
        assertThat(notice.localToScene(notice.getBoundsInLocal()).getMaxY())
                .as("the notice sits above the chart").isLessThanOrEqualTo(
                        timeline.localToScene(timeline.getBoundsInLocal()).getMinY());

        robot.interact(timeline::requestFocus);
        for (int i = 0; i < 40 && timeline.lastLayout().aggregated(); i++) {
            robot.type(javafx.scene.input.KeyCode.EQUALS);
        }
        assertThat(timeline.lastLayout().aggregated()).as("zoomed in far enough for markers").isFalse();
        assertThat(notice.getText()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertThat(notice.getText()).startsWith(String.format("%,d", 5_000));
    }

    @Test
    void withNothingToDrawTheOverviewIsDisabledAndTheChartSaysSo(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        org.controlsfx.control.RangeSlider overview = robot.lookup(".timeline-range")
                .queryAs(org.controlsfx.control.RangeSlider.class);
        assertThat(overview.isDisabled()).isFalse();

        robot.interact(() -> window.model().filterProperty().set(
                window.model().filterProperty().get().withText("no contact says this")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overview.isDisabled()).isTrue();
        assertThat(timeline.lastLayout()).as("nothing drawn but the empty-state line").isNull();
        assertThat(robot.lookup(".density-notice").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aTrackpadPinchZoomsAroundTheFingersAndASidewaysSwipePans(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        org.diplotrack.chart.TimelineLayout layout = timeline.lastLayout();
        double x = layout.plot().getX() + layout.plot().getWidth() * 0.3;
        double y = layout.plot().getCenterY();
        double dayUnderFingers = layout.scale().toDay(x);
        double before = timeline.getViewport().span();
        javafx.geometry.Point2D scene = timeline.localToScene(x, y);
        javafx.geometry.Point2D screen = timeline.localToScreen(x, y);
        robot.interact(() -> javafx.event.Event.fireEvent(timeline, new javafx.scene.input.ZoomEvent(
                javafx.scene.input.ZoomEvent.ZOOM, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, true, false, 2.0, 2.0, null)));
        assertThat(timeline.getViewport().span()).as("spreading the fingers zooms in")
                .isCloseTo(before / 2, org.assertj.core.api.Assertions.within(before * 1e-9));
        assertThat(timeline.lastLayout().scale().toDay(x)).as("the day under the fingers stays put")
                .isCloseTo(dayUnderFingers, org.assertj.core.api.Assertions.within(0.01));

        org.diplotrack.chart.Viewport beforeSwipe = timeline.getViewport();
        double daysPer80px = 80 / timeline.lastLayout().scale().pixelsPerDay();
        robot.interact(() -> javafx.event.Event.fireEvent(timeline, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, true, false, 80, 0, 80, 0,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(timeline.getViewport().span()).as("a sideways swipe does not zoom")
                .isCloseTo(beforeSwipe.span(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(timeline.getViewport().startDay()).as("the content follows the fingers to the right")
                .isCloseTo(beforeSwipe.startDay() - daysPer80px, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void theTimelineShowsWhenItHasTheKeys(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        javafx.scene.Node ring = robot.from(timeline).lookup(".timeline-focus").query();
        robot.interact(() -> robot.lookup(".timeline-range").query().requestFocus());
        assertThat(ring.isVisible()).isFalse();
        robot.clickOn(timeline);
        assertThat(timeline.isFocused()).isTrue();
        assertThat(ring.isVisible()).as("a ring over the chart while + − arrows and Home act on it").isTrue();
    }

    @Test
    void pageDownAndUpStepThroughTheContactsAndEnterOpensOne(FxRobot robot) throws Exception {
        TimelineCanvas timeline = openTimeline(robot);
        org.diplotrack.chart.TimelineData data = timeline.getData();
        robot.interact(timeline::requestFocus);
        Contact before = window.model().selectedContactProperty().get();
        int at = before == null ? -1 : data.indexOf(before.id());
        int next = Math.min(at + 1, data.size() - 1);

        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().selectedContactProperty().get() != null
                && window.model().selectedContactProperty().get().id() == data.id(next));
        if (next > 0) {
            robot.type(javafx.scene.input.KeyCode.PAGE_UP);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> window.model().selectedContactProperty().get().id() == data.id(next - 1));
        }
        long selected = window.model().selectedContactProperty().get().id();
        assertThat(timeline.isFocused()).as("the keys stay with the chart").isTrue();

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#saveContact").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#saveContact").tryQuery().isEmpty());
        assertThat(window.model().selectedContactProperty().get().id()).isEqualTo(selected);
    }

    @Test
    void f1ListsTheKeyboardShortcuts(FxRobot robot) throws Exception {
        table(robot);
        robot.clickOn("#table");
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String text = ((Label) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .getContent()).getText();
        assertThat(text).contains("Ctrl+Shift+C \u2014 copy the chart").contains("Page Down / Page Up")
                .contains("Ctrl+L").contains("F1 \u2014 this list");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void theTimelineSelectsZoomsAndExplainsOnHover(FxRobot robot) throws Exception {
        TableView<Contact> table = table(robot);
        robot.clickOn("Timeline");
        WaitForAsyncUtils.waitForFxEvents();
        TimelineCanvas timeline = robot.lookup(".timeline").queryAs(TimelineCanvas.class);
        org.diplotrack.chart.TimelineLayout layout = timeline.lastLayout();
        org.diplotrack.chart.TimelineData data = timeline.getData();
        int ambassador = java.util.stream.IntStream.range(0, data.size())
                .filter(i -> data.level(i) == Level.AMBASSADOR).findFirst().orElseThrow();
        javafx.geometry.Point2D onMark = timeline.localToScreen(layout.x(ambassador), layout.y(ambassador));

        robot.moveTo(onMark);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).anySatisfy(w -> assertThat(w).isInstanceOf(javafx.scene.control.Tooltip.class));
        String tip = robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip)
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElseThrow();
        assertThat(tip).contains("2022-01-29").contains("ambassador").contains("embassy channel")
                .contains("Oleg Stepanov").contains("UrduPoint News");

        robot.clickOn(onMark);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().level()).isEqualTo(Level.AMBASSADOR);

        double before = timeline.getViewport().span();
        robot.type(javafx.scene.input.KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getViewport().span()).as("+ zooms in").isLessThan(before);
        robot.type(javafx.scene.input.KeyCode.HOME);
        // The wheel zooms around the pointer: the day under it stays put.
        double dayUnderPointer = layout.scale().toDay(layout.x(ambassador));
        javafx.geometry.Point2D inScene = timeline.localToScene(layout.x(ambassador), layout.y(ambassador));
        robot.interact(() -> javafx.event.Event.fireEvent(timeline, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, inScene.getX(), inScene.getY(), onMark.getX(),
                onMark.getY(), false, false, false, false, false, false, 0, 120, 0, 120,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(timeline.getViewport().span()).as("the wheel zooms in").isLessThan(before);
        assertThat(timeline.lastLayout().scale().toDay(layout.x(ambassador)))
                .isCloseTo(dayUnderPointer, org.assertj.core.api.Assertions.within(0.01));
        robot.type(javafx.scene.input.KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getViewport().span()).isEqualTo(before);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getViewport().startDay()).isGreaterThan(layout.scale().startDay());

        // Dragging right by 100 pixels shows what was to the left: the span moves back by 100 px of days.
        org.diplotrack.chart.Viewport beforeDrag = timeline.getViewport();
        double daysPer100px = 100 / timeline.lastLayout().scale().pixelsPerDay();
        javafx.geometry.Point2D start = timeline.localToScreen(timeline.lastLayout().plot().getCenterX(),
                timeline.lastLayout().plot().getCenterY());
        robot.drag(start, javafx.scene.input.MouseButton.PRIMARY).moveBy(50, 0).moveBy(50, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getViewport().span()).as("a drag pans, it does not zoom")
                .isCloseTo(beforeDrag.span(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(timeline.getViewport().startDay()).isCloseTo(beforeDrag.startDay() - daysPer100px,
                org.assertj.core.api.Assertions.within(daysPer100px * 0.05));

        org.controlsfx.control.RangeSlider overview = robot.lookup(".timeline-range")
                .queryAs(org.controlsfx.control.RangeSlider.class);
        assertThat(overview.getLowValue()).isCloseTo(timeline.getViewport().startDay(),
                org.assertj.core.api.Assertions.within(0.5));
        assertThat(overview.getHighValue()).isCloseTo(timeline.getViewport().endDay(),
                org.assertj.core.api.Assertions.within(0.5));
        double from = overview.getMin() + 10;
        double to = overview.getMin() + 100;
        robot.interact(() -> {
            overview.setLowValue(from);
            overview.setHighValue(to);
        });
        assertThat(timeline.getViewport().startDay()).isCloseTo(from, org.assertj.core.api.Assertions.within(0.5));
        assertThat(timeline.getViewport().endDay()).isCloseTo(to, org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void theDarkThemeDarkensTheWindowAndTheChartAndIsRemembered(FxRobot robot) throws Exception {
        table(robot);
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getScene().getRoot().getStylesheets()).anyMatch(s -> s.endsWith("/css/dark.css"));
        assertThat(prefs.getBoolean("theme.dark", false)).isTrue();
        robot.clickOn("Timeline");
        WaitForAsyncUtils.waitForFxEvents();
        TimelineCanvas timeline = robot.lookup(".timeline").queryAs(TimelineCanvas.class);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> timeline.canvas().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        javafx.scene.paint.Color corner = image.getPixelReader().getColor(3, (int) image.getHeight() - 3);
        assertThat(corner.getBrightness()).as("dark chart background").isLessThan(0.3);
        javafx.scene.paint.Color text = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Labeled)
                robot.lookup("#summarySentence").query()).getTextFill()).get(5, TimeUnit.SECONDS) instanceof
                javafx.scene.paint.Color c ? c : javafx.scene.paint.Color.BLACK;
        assertThat(text.getBrightness()).as("light text on the dark window").isGreaterThan(0.7);
    }
}
