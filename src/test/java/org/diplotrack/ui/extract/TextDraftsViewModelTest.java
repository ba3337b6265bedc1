package org.diplotrack.ui.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Level;
import org.diplotrack.model.Provenance;
import org.diplotrack.store.Database;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainViewModel;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.TaskRunner;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window of contacts from text without the window, on a real record seeded with the three seed contacts. */
class TextDraftsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final DialogService dialogs = new DialogService() {
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
        public boolean confirm(String title, String message) {
            asked.add(title + ": " + message);
            return answer;
        }

        @Override
        public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
            // The researcher raises side B to minister in the editor and saves.
            form.levelBProperty().set(Level.MINISTER);
            return Optional.of(form.toContact());
        }
    };
    private final MainViewModel main = new MainViewModel(file -> Database.open(file, SeedData::contacts),
            TaskRunner.sameThread(), dialogs, new Settings(prefs));
    private TextDraftsViewModel model;

    @BeforeEach
    void open() {
        main.open(dir.resolve("drafts.db"));
        model = new TextDraftsViewModel(TaskRunner.sameThread(), dialogs, main.changes(), () -> TODAY);
    }

    @AfterEach
    void close() throws Exception {
        main.close();
        prefs.removeNode();
    }

    @Test
    void draftsCannotBeSavedUntilTheArticleCanBeTheirSource() {
        model.textProperty().set("Japan and India held talks on 3 May 2022.");
        model.find();
        assertThat(model.rows()).hasSize(1);
        assertThat(model.canDecideProperty().get()).isFalse();
        assertThat(model.sourceProblemProperty().get()).isEqualTo(Messages.get("drafts.problem.source"));
        model.urlProperty().set("ftp://example.org/a");
        assertThat(model.sourceProblemProperty().get()).contains("ftp://example.org/a");
        model.urlProperty().set("https://example.org/a");
        model.dateProperty().set("May 2022");
        assertThat(model.sourceProblemProperty().get()).contains("May 2022");
        model.dateProperty().set("2022-05-04");
        assertThat(model.sourceProblemProperty().get()).isEmpty();
        assertThat(model.canDecideProperty().get()).isTrue();

        model.accept();
        assertThat(main.totalContactsProperty().get()).isEqualTo(4);
        Contact saved = main.contacts().stream().filter(c -> c.dyad().code().equals("IN-JP")).findFirst().orElseThrow();
        assertThat(saved.sources().get(0).url()).isEqualTo("https://example.org/a");
        assertThat(saved.sources().get(0).published()).hasToString("2022-05-04");
        assertThat(saved.sources().get(0).accessed()).isEqualTo(TODAY);
        assertThat(saved.sources().get(0).quote()).isEqualTo("Japan and India held talks on 3 May 2022.");
        assertThat(model.canDecideProperty().get()).as("an accepted draft is decided").isFalse();

        main.changes().undo();
        assertThat(main.totalContactsProperty().get()).as("accepting is undoable").isEqualTo(3);
        assertThat(model.rows().get(0).stateProperty().get()).as("undone: to decide again")
                .isEqualTo(DraftRow.State.PENDING);
        assertThat(model.canDecideProperty().get()).isTrue();
        assertThat(model.pending()).isEqualTo(1);
        main.changes().redo();
        assertThat(main.totalContactsProperty().get()).isEqualTo(4);
        assertThat(model.rows().get(0).stateProperty().get()).isEqualTo(DraftRow.State.ACCEPTED);
        assertThat(model.canDecideProperty().get()).isFalse();
    }

    @Test
    void aDraftLikeAContactOnRecordIsFlaggedAndAcceptingItAsksFirst() {
        model.textProperty().set("OTTAWA (Test Wire - 29th January, 2022) Russian Ambassador to Canada Oleg Stepanov "
                + "said relations between Ottawa and Moscow are limited to the level of ambassadors.");
        model.publicationProperty().set("Test Wire");
        model.find();
        assertThat(model.dateProperty().get()).isEqualTo("2022-01-29");
        DraftRow row = model.rows().get(0);
        assertThat(row.similarProperty().get()).as("the seed's ambassador-level contact").hasSize(1);

        answer = false;
        model.accept();
        assertThat(asked).singleElement().asString().startsWith(Messages.get("editor.duplicate.title"));
        assertThat(main.totalContactsProperty().get()).isEqualTo(3);
        assertThat(row.stateProperty().get()).isEqualTo(DraftRow.State.PENDING);

        answer = true;
        model.accept();
        assertThat(main.totalContactsProperty().get()).isEqualTo(4);
        assertThat(row.stateProperty().get()).isEqualTo(DraftRow.State.ACCEPTED);
    }

    @Test
    void editingSavesWhatTheEditorReturnsAndDroppingCanBeTakenBack() {
        model.textProperty().set("Japan and India held talks on 3 May 2022; Brazil and Chile held talks on 4 May 2022.");
        model.titleProperty().set("Two meetings");
        model.find();
        assertThat(model.rows()).hasSize(2);
        assertThat(model.outcomeProperty().get()).isEqualTo(Messages.get("drafts.found", 2));
        assertThat(model.pending()).isEqualTo(2);

        model.edit();
        assertThat(model.rows().get(0).stateProperty().get()).isEqualTo(DraftRow.State.ACCEPTED);
        Contact edited = main.contacts().stream().filter(c -> c.dyad().code().equals("IN-JP")).findFirst().orElseThrow();
        assertThat(edited.b().level()).isEqualTo(Level.MINISTER);
        assertThat(edited.sources().get(0).title()).isEqualTo("Two meetings");
        assertThat(edited.provenance().origin()).as("still drafted from text").isEqualTo(Provenance.Origin.TEXT);
        assertThat(model.selectedProperty().get()).isSameAs(model.rows().get(1));

        model.drop();
        assertThat(model.rows().get(1).stateProperty().get()).isEqualTo(DraftRow.State.DROPPED);
        assertThat(model.pending()).isZero();
        model.drop();
        assertThat(model.pending()).isEqualTo(1);
    }

    @Test
    void anOpenedPageFillsTheTextAndTheEmptyFieldsAndIsSearched() {
        model.authorProperty().set("Typed By Hand");
        model.open(Path.of("src/test/resources/extract/files/page.html"));
        assertThat(model.textProperty().get()).contains("Canadian Foreign Minister Marie Sample met Polish")
                .doesNotContain("<p>");
        assertThat(model.titleProperty().get()).isEqualTo("Ottawa and Warsaw Agree to Meet Again");
        assertThat(model.publicationProperty().get()).isEqualTo("The Northern Ledger");
        assertThat(model.dateProperty().get()).isEqualTo("2022-03-14");
        assertThat(model.authorProperty().get()).as("what the researcher typed stays").isEqualTo("Typed By Hand");
        assertThat(model.rows()).extracting(r -> r.contact().dyad().code()).containsExactly("CA-PL");
        assertThat(model.canDecideProperty().get()).isTrue();
    }

    @Test
    void aFileThatCannotBeReadSaysWhichAndWhy() {
        model.open(dir.resolve("missing.html"));
        assertThat(asked).singleElement().asString().startsWith(Messages.get("drafts.error.open"))
                .contains("missing.html");
        assertThat(model.rows()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void textWithNoContactSaysSo() {
        model.textProperty().set("The weather in Ottawa was cold.");
        model.find();
        assertThat(model.rows()).isEmpty();
        assertThat(model.outcomeProperty().get()).isEqualTo(Messages.get("drafts.none"));
        assertThat(model.selectedProperty().get()).isNull();
    }
}
