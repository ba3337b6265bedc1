package org.diplotrack.ui.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Source;
import org.diplotrack.store.Database;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainViewModel;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › New contacts from text… in the real window: paste, find, see the sentence marked, accept, see it on record. */
@ExtendWith(ApplicationExtension.class)
class TextDraftsWindowTest {
    /** Written for this test; about contacts that did take place, with invented wording. */
    private static final String ARTICLE = """
            OTTAWA (Test Wire - 12th May, 2022) Canadian Foreign Minister Melanie Joly spoke by phone with her \
            Ukrainian counterpart on Tuesday.

            Officials said the call lasted an hour. Later, Japan and India held talks on trade.
            """;

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                asked.add(title + ": " + message);
            }

            @Override
            public void showInformation(String title, String message) {
                asked.add(title + ": " + message);
            }

            @Override
            public Optional<Path> chooseDatabaseToOpen() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseArticleFile() {
                return Optional.of(Path.of("src/test/resources/extract/files/mail-alternative.eml"));
            }

            @Override
            public boolean confirm(String title, String message) {
                asked.add(title + ": " + message);
                return true;
            }

            @Override
            public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                return Optional.empty();
            }
        };
        window = MainWindow.show(stage, dir.resolve("drafts-" + UUID.randomUUID() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs), dialogs);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void pastedTextGivesDraftsWithTheSentenceMarkedAndAnAcceptedOneIsOnRecordWithItsSource(FxRobot robot)
            throws Exception {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#articleText").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#articleText").queryAs(TextArea.class).setText(ARTICLE);
            robot.lookup("#articlePublication").queryAs(TextField.class).setText("Test Wire");
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        @SuppressWarnings("unchecked")
        TableView<DraftRow> table = robot.lookup("#draftsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#articleDate").queryAs(TextField.class).getText()).as("the dateline's date")
                .isEqualTo("2022-05-12");
        DraftRow first = table.getItems().get(0);
        assertThat(first.contact().dyad().code()).isEqualTo("CA-UA");
        assertThat(first.contact().date()).hasToString("2022-05-10");

        MarkedText marked = robot.lookup("#markedText").queryAs(MarkedText.class);
        assertThat(marked.isVisible()).isTrue();
        assertThat(robot.lookup("#articleText").queryAs(TextArea.class).isVisible()).isFalse();
        assertThat(marked.highlight().getElements()).as("the sentence's highlight").isNotEmpty();
        TextFlow flow = (TextFlow) marked.highlight().getParent().getChildrenUnmodifiable().get(1);
        assertThat(flow.getChildren()).filteredOn(n -> n.getStyleClass().contains("mark-country"))
                .extracting(n -> ((Text) n).getText()).contains("Canadian", "Ukrainian");
        assertThat(flow.getChildren()).filteredOn(n -> n.getStyleClass().contains("mark-verb"))
                .extracting(n -> ((Text) n).getText()).containsExactly("spoke by phone");
        assertThat(flow.getChildren()).filteredOn(n -> n.getStyleClass().contains("mark-date"))
                .extracting(n -> ((Text) n).getText()).containsExactly("Tuesday");
        snapshot(robot, "text-drafts.png");
        Stage drafts = (Stage) table.getScene().getWindow();
        robot.interact(() -> {
            drafts.setWidth(drafts.getMinWidth());
            drafts.setHeight(drafts.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "text-drafts-small.png");
        robot.interact(() -> {
            drafts.setWidth(1100);
            drafts.setHeight(760);
        });

        robot.clickOn("#acceptDraft");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.totalContactsProperty().get() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.stateProperty().get()).isEqualTo(DraftRow.State.ACCEPTED);
        assertThat(table.getSelectionModel().getSelectedItem()).as("on to the next draft").isSameAs(table.getItems().get(1));

        // The second draft is dropped with the keyboard, and taken back.
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.DELETE);
        assertThat(table.getItems().get(1).stateProperty().get()).isEqualTo(DraftRow.State.DROPPED);
        assertThat(robot.lookup("#dropDraft").queryButton().getText()).isEqualTo(Messages.get("drafts.takeBack"));
        robot.clickOn("#dropDraft");
        assertThat(table.getItems().get(1).stateProperty().get()).isEqualTo(DraftRow.State.PENDING);

        Contact saved = window.model().contacts().stream().filter(c -> c.dyad().code().equals("CA-UA")).findFirst()
                .orElseGet(() -> { throw new AssertionError("the accepted contact is not in the table"); });
        Source source = saved.sources().get(0);
        assertThat(source.publication()).isEqualTo("Test Wire");
        assertThat(source.quote()).isEqualTo("Canadian Foreign Minister Melanie Joly spoke by phone with her "
                + "Ukrainian counterpart on Tuesday.");
        assertThat(source.published()).hasToString("2022-05-12");
        assertThat(saved.b().level()).as("the counterpart's level").isEqualTo(saved.a().level());
        assertThat(saved.provenance().origin()).hasToString("TEXT");

        // Closing with a draft left to decide asks first.
        robot.clickOn("#closeDrafts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).anyMatch(s -> s.startsWith(Messages.get("drafts.closePending.title")));
        assertThat(robot.lookup("#draftsTable").tryQuery()).isEmpty();
    }

    @Test
    void anOpenedMessageFillsTheFieldsAndItsContactsAreFound(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.model().totalContactsProperty().get() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openArticle").tryQuery().isPresent());
        robot.clickOn("#openArticle");
        @SuppressWarnings("unchecked")
        TableView<DraftRow> table = robot.lookup("#draftsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#articleTitle").queryAs(TextField.class).getText())
                .isEqualTo("Warsaw talks: a note from Mélanie");
        assertThat(robot.lookup("#articleAuthor").queryAs(TextField.class).getText()).isEqualTo("Mélanie Exemple");
        assertThat(robot.lookup("#articleDate").queryAs(TextField.class).getText()).isEqualTo("2022-03-11");
        assertThat(table.getItems()).extracting(r -> r.contact().dyad().code()).contains("CA-PL");
        assertThat(robot.lookup("#acceptDraft").queryButton().isDisabled()).isFalse();
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    @Test
    void theChosenDraftsSentenceIsScrolledIntoView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.model().totalContactsProperty().get() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#articleText").tryQuery().isPresent());
        String filler = "Nothing of note happened in this paragraph, which only takes room on the screen.\n\n";
        robot.interact(() -> robot.lookup("#articleText").queryAs(TextArea.class).setText(
                "Japan and India held talks on 3 May 2022.\n\n" + filler.repeat(60)
                        + "Brazil and Chile held talks on 4 May 2022.\n\n" + filler.repeat(60)));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<DraftRow> table = robot.lookup("#draftsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        MarkedText marked = robot.lookup("#markedText").queryAs(MarkedText.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked.sentenceInView()).as("the first draft's sentence").isTrue();
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked.sentenceInView()).as("the second draft's sentence, far below").isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked.sentenceInView()).as("back to the first").isTrue();
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        Window drafts = robot.lookup("#draftsTable").query().getScene().getWindow();
        Scene scene = drafts.getScene();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
