package org.diplotrack.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.store.SharedDatabase;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.FxDialogService;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.Screenshots;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save that meets a colleague's on a shared record (issue 14): while the editor is open, the
 * colleague saves or deletes the contact; the window shows both versions field by field and
 * saves what the user chooses, or offers the edit as a new contact.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictInWindowTest {
    private final SharedWindows record = new SharedWindows();
    private final ServerAddress server = record.server;
    private MainWindow window;
    /** What the colleague does while the editor is open. */
    private Consumer<Database> colleagueMeanwhile = db -> { };
    /** What the user types into the editor. */
    private String typedSummary = "Mine";

    @Start
    void start(Stage stage) {
        DialogService dialogs = new ForwardingDialogs(new FxDialogService(stage, Messages.bundle())) {
            @Override
            public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                try (Database colleague = SharedDatabase.open(server)) {
                    colleagueMeanwhile.accept(colleague);
                }
                form.summaryProperty().set(typedSummary);
                return Optional.of(form.toContact());
            }
        };
        window = record.show(stage, dialogs);
    }

    @AfterEach
    void forget() throws Exception {
        record.forget();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        SharedWindows.waitUntil(20, condition);
    }

    private Contact selectSecond(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().contacts().size() == 3);
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        return table.getSelectionModel().getSelectedItem();
    }

    private Contact stored(long id) {
        return record.stored(id);
    }

    private static Contact withTagsAndSummary(Contact c, List<String> tags, String summary) {
        return new Contact(c.id(), c.a(), c.b(), c.date(), c.endDate(), c.approximate(), c.mode(), c.setting(),
                c.status(), c.location(), summary, tags, c.sources(), c.provenance(), c.reports(), c.created(),
                c.modified());
    }

    @Test
    void bothVersionsAreShownFieldByFieldAndTheChoiceIsSaved(FxRobot robot) throws Exception {
        Contact chosen = selectSecond(robot);
        colleagueMeanwhile = colleague -> colleague.contacts().update(
                withTagsAndSummary(stored(chosen.id()), List.of("by-colleague"), "Theirs"));

        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#conflictSave").tryQuery().isPresent());
        assertThat(robot.lookup("#conflictWhat").queryLabeled().getText()).contains("postgres");
        RadioButton mySummary = robot.lookup("#conflictMine-summary").queryAs(RadioButton.class);
        RadioButton theirSummary = robot.lookup("#conflictTheirs-summary").queryAs(RadioButton.class);
        RadioButton theirTags = robot.lookup("#conflictTheirs-tags").queryAs(RadioButton.class);
        assertThat(mySummary.getText()).isEqualTo("Mine");
        assertThat(theirSummary.getText()).isEqualTo("Theirs");
        assertThat(mySummary.isSelected()).as("I changed the summary: mine by default").isTrue();
        assertThat(theirTags.isSelected()).as("only they changed the tags: theirs by default").isTrue();
        Screenshots.save(robot.lookup("#conflictSave").query().getScene(), "conflict");

        robot.clickOn("#conflictSave");
        waitUntil(() -> "Mine".equals(stored(chosen.id()).summary()));
        assertThat(stored(chosen.id()).tags()).as("their tags kept").containsExactly("by-colleague");
        waitUntil(() -> window.model().contacts().stream().anyMatch(c -> "Mine".equals(c.summary())));

        // Undo takes my choice back to their version, not to the one I started from.
        robot.interact(() -> window.model().changes().undo());
        waitUntil(() -> "Theirs".equals(stored(chosen.id()).summary()));
    }

    @Test
    void takingTheirsDiscardsMyEditAndSavesNothing(FxRobot robot) throws Exception {
        Contact chosen = selectSecond(robot);
        colleagueMeanwhile = colleague -> colleague.contacts().update(
                withTagsAndSummary(stored(chosen.id()), List.of(), "Theirs"));

        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#conflictSave").tryQuery().isPresent());
        robot.clickOn("#conflictAllTheirs");
        assertThat(robot.lookup("#conflictTheirs-summary").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#conflictAllMine");
        assertThat(robot.lookup("#conflictMine-summary").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#conflictDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(chosen.id()).summary()).isEqualTo("Theirs");
        waitUntil(() -> window.model().contacts().stream().anyMatch(c -> "Theirs".equals(c.summary())));
    }

    @Test
    void anEditOfAContactDeletedMeanwhileCanBeSavedAsANewContact(FxRobot robot) throws Exception {
        Contact chosen = selectSecond(robot);
        colleagueMeanwhile = colleague -> colleague.contacts().moveToTrash(List.of(chosen.id()));
        typedSummary = "Mine, after all";

        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup(Messages.get("dialog.yes")).tryQuery().isPresent());
        robot.clickOn(Messages.get("dialog.yes"));
        waitUntil(() -> window.model().contacts().stream().anyMatch(c -> "Mine, after all".equals(c.summary())));
        try (Database db = SharedDatabase.open(server)) {
            assertThat(db.contacts().find(ContactFilter.ALL)).hasSize(3)
                    .noneMatch(c -> c.id() == chosen.id())
                    .anyMatch(c -> "Mine, after all".equals(c.summary()));
        }
    }
}
