package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.PartialDate;
import org.diplotrack.store.Database;
import org.diplotrack.ui.timeline.TimelineCanvas;
import org.diplotrack.model.l10n.DisplayFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline draws every contact of the pair, the table holds a page of 200: hovering a
 * marker beyond the page still shows the whole contact (read from the store), not just what the
 * timeline knows.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTooltipTest {
    private static final int EXTRA = 260;

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private MainWindow window;

    /** The seed plus a Canada–Russia contact every two weeks from 2012, each with its own summary. */
    private static List<Contact> record() {
        List<Contact> contacts = new ArrayList<>(SeedData.contacts());
        Contact c = contacts.get(0);
        LocalDate first = LocalDate.of(2012, 1, 2);
        for (int n = 0; n < EXTRA; n++) {
            LocalDate day = first.plusWeeks(2L * n);
            contacts.add(new Contact(0, c.a(), c.b(), PartialDate.parse(day.toString()), null, false, c.mode(),
                    c.setting(), c.status(), c.location(), "Generated contact number " + n, List.of(), c.sources(),
                    c.provenance(), java.util.List.of(), null, null));
        }
        return contacts;
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("tooltip-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, TimelineTooltipTest::record), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void hoveringAMarkerBeyondTheTablesPageShowsTheWholeContact(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == EXTRA + 3);
        robot.clickOn("Timeline");
        TimelineCanvas timeline = robot.lookup(".timeline").queryAs(TimelineCanvas.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getData().size() == EXTRA + 3);
        // A generated contact the table's page does not hold, and a view of a few months around it.
        TimelineData data = timeline.getData();
        java.util.Set<Long> onPage = new java.util.HashSet<>();
        model.contacts().forEach(c -> onPage.add(c.id()));
        int beyond = java.util.stream.IntStream.range(0, data.size())
                .filter(i -> !onPage.contains(data.id(i)) && data.startDay(i) < LocalDate.of(2021, 1, 1).toEpochDay())
                .findFirst().orElseThrow();
        long day = data.startDay(beyond);
        robot.interact(() -> timeline.setViewport(new org.diplotrack.chart.Viewport(day - 60, day + 60)));
        assertThat(timeline.lastLayout().aggregated()).as("four months: a marker each").isFalse();
        int first = beyond;
        assertThat(onPage).as("the page is full, so some contacts are beyond it").hasSize(200);
        int n = (int) java.time.temporal.ChronoUnit.WEEKS.between(LocalDate.of(2012, 1, 2), LocalDate.ofEpochDay(day)) / 2;
        robot.moveTo(timeline.localToScreen(timeline.lastLayout().x(first), timeline.lastLayout().y(first)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> tooltipText(robot).contains("Generated contact number " + n + "\n"));
        assertThat(tooltipText(robot)).contains(DisplayFormats.day(LocalDate.ofEpochDay(day))).contains("Canada")
                .contains("Source:");
    }

    private static String tooltipText(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }
}
