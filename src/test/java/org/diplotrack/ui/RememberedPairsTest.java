package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.Side;
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
 * Several pairs chosen together (Ctrl/Shift-click) are kept: across a reload after an edit and
 * across a restart. The record: the seed's three Canada–Russia contacts, one France–Russia and
 * one Canada–United States.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedPairsTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = remembered();
    private MainWindow window;

    private static Preferences remembered() {
        Preferences node = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
        node.put("pair", "all");
        node.put("pairs", "CA-RU,FR-RU");
        return node;
    }

    private static List<Contact> record() {
        List<Contact> contacts = new ArrayList<>(SeedData.contacts());
        Contact c = contacts.get(0);
        contacts.add(moved(c, "FR", "RU"));
        contacts.add(moved(c, "CA", "US"));
        return contacts;
    }

    private static Contact moved(Contact c, String a, String b) {
        return new Contact(0, new Side(Countries.lookup(a), c.a().level(), null, List.of()),
                new Side(Countries.lookup(b), c.b().level(), null, List.of()), c.date(), null, false, c.mode(),
                c.setting(), c.status(), null, "moved to " + a + "-" + b, List.of(), List.of(), c.provenance(), List.of(), null,
                null);
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, dir.resolve("pairs-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, RememberedPairsTest::record), url -> { }, new Settings(prefs));
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theRememberedPairsAreChosenAgainAndSurviveAReload(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.databaseProperty().get() != null
                && model.totalContactsProperty().get() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pairs().selectedPairsProperty().get()).extracting(Dyad::code)
                .containsExactlyInAnyOrder("CA-RU", "FR-RU");
        assertThat(model.pairs().selectedPairProperty().get()).isNull();
        assertThat(model.matchingContactsProperty().get()).as("4 of the 5: not Canada–United States").isEqualTo(4);
        ListView<DyadActivity> pairs = robot.lookup("#pairList").queryListView();
        assertThat(pairs.getSelectionModel().getSelectedItems()).extracting(d -> d.dyad().code())
                .containsExactlyInAnyOrder("CA-RU", "FR-RU");

        // After a change the window reads everything again: the two pairs stay chosen.
        robot.interact(model::reload);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.contacts().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.matchingContactsProperty().get()).isEqualTo(4);
        assertThat(model.contacts()).extracting(c -> c.dyad().code()).doesNotContain("CA-US");
        assertThat(model.pairs().selectedPairsProperty().get()).hasSize(2);

        // Another choice is what the next start will find.
        robot.interact(() -> {
            pairs.getSelectionModel().clearSelection();
            int caUs = indexOf(pairs, "CA-US");
            int caRu = indexOf(pairs, "CA-RU");
            pairs.getSelectionModel().selectIndices(caUs, caRu);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "CA-RU,CA-US".equals(prefs.get("pairs", "")));
        assertThat(prefs.get("pair", "")).isEqualTo("all");
        Settings next = new Settings(prefs);
        assertThat(next.pairs()).extracting(Dyad::code).containsExactlyInAnyOrder("CA-RU", "CA-US");

        robot.interact(() -> pairs.getSelectionModel().clearAndSelect(indexOf(pairs, "FR-RU")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prefs.get("pairs", "x").isEmpty());
        assertThat(prefs.get("pair", "")).isEqualTo("FR-RU");
    }

    private static int indexOf(ListView<DyadActivity> pairs, String code) {
        for (int i = 0; i < pairs.getItems().size(); i++) {
            Dyad d = pairs.getItems().get(i).dyad();
            if (d != null && d.code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in the pair list");
    }
}
