package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.diplotrack.TestContacts;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import org.diplotrack.ui.contacts.ContactDetailPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text that looks like SQL, markup, a formula or a mnemonic is shown as it was typed. */
@ExtendWith(ApplicationExtension.class)
class HostileTextInWindowTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + java.util.UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Start
    void start(Stage stage) {
        MainWindow.show(stage, dir.resolve("hostile-" + System.nanoTime() + ".db"),
                file -> Database.open(file, () -> List.of(TestContacts.full())), url -> { }, new Settings(prefs));
    }

    @Test
    void hostileTextIsShownVerbatimInTheTableAndTheDetailPane(FxRobot robot) throws Exception {
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).summary()).endsWith(TestContacts.HOSTILE);
        assertThat(table.getItems().get(0).participantsLabel()).contains(TestContacts.HOSTILE);

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ContactDetailPane detail = robot.lookup(".contact-detail").queryAs(ContactDetailPane.class);
        List<String> shown = robot.from(detail).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(String.join("\n", shown)).as("participant, tag, source title and summary, verbatim")
                .contains(TestContacts.HOSTILE)
                .contains("Сергей Лавров").contains("« citation »");
        assertThat(shown.stream().filter(t -> t.contains(TestContacts.HOSTILE)).count())
                .as("in several fields").isGreaterThanOrEqualTo(3);
        assertThat(robot.from(detail).lookup(".label").queryAllAs(Label.class))
                .as("no label parses mnemonics out of the text").noneMatch(Label::isMnemonicParsing);
        // The table's own record is unchanged after showing it: nothing was executed.
        assertThat(table.getItems()).hasSize(1);
    }
}
