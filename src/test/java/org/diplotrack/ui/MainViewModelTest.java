package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.prefs.Preferences;
import org.diplotrack.ui.editor.ContactForm;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Dyad;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, without a window: tasks run at once on the test thread. */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final MainViewModel model = new MainViewModel(file -> Database.open(file, SeedData::contacts),
            TaskRunner.sameThread(), new DialogService() {
                @Override
                public void showError(String title, String message) {
                    errors.add(title + ": " + message);
                }

                @Override
                public void showInformation(String title, String message) {
                }

                @Override
                public Optional<Path> chooseDatabaseToOpen() {
                    return Optional.empty();
                }

                @Override
                public boolean confirm(String title, String message) {
                    return true;
                }

                @Override
                public Optional<Contact> editContact(ContactForm form, Function<Contact, List<Contact>> similar) {
                    return Optional.empty();
                }
            }, new Settings(prefs));

    @AfterEach
    void close() throws Exception {
        model.close();
        prefs.removeNode();
    }

    @Test
    void openingSelectsTheMostActivePairAndLoadsItsContacts() {
        model.open(dir.resolve("a.db"));
        assertThat(model.selectedDyadProperty().get()).isEqualTo(Dyad.parse("CA-RU"));
        assertThat(model.contacts()).hasSize(3);
        assertThat(model.totalContactsProperty().get()).isEqualTo(3);
        assertThat(errors).isEmpty();
    }

    @Test
    void selectingAnotherPairLoadsItsContactsAndClearsTheSelection() {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insert(TestContacts.full());
        }
        model.open(file);
        model.selectedContactProperty().set(model.contacts().get(0));
        model.selectedDyadProperty().set(Dyad.parse("FR-RU"));
        assertThat(model.contacts()).extracting(Contact::dyad).containsExactly(Dyad.parse("FR-RU"));
        assertThat(model.selectedContactProperty().get()).isNull();
        assertThat(model.dyads()).hasSize(2);
    }

    @Test
    void openingAnotherFileSwitchesAndKeepsThePairWhenItExists() {
        model.open(dir.resolve("first.db"));
        Database first = model.databaseProperty().get();
        model.open(dir.resolve("second.db"));
        assertThat(model.databaseProperty().get()).isNotSameAs(first);
        assertThat(model.databaseProperty().get().file()).endsWith(Path.of("second.db"));
        assertThat(model.selectedDyadProperty().get()).isEqualTo(Dyad.parse("CA-RU"));
        assertThat(model.contacts()).hasSize(3);
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedAndTheCurrentOneStays() throws Exception {
        model.open(dir.resolve("good.db"));
        Database good = model.databaseProperty().get();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a database ".repeat(100));
        model.open(notes);
        assertThat(errors).singleElement().asString()
                .startsWith("Cannot open the database").contains("notes.txt").contains("not a DiploTrack database");
        assertThat(model.databaseProperty().get()).isSameAs(good);
        assertThat(model.contacts()).hasSize(3);
    }
}
