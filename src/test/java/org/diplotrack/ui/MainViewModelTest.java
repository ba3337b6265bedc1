package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
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
            TaskRunner.sameThread(), noDialogs(), new Settings(prefs));

    @AfterEach
    void close() throws Exception {
        model.close();
        prefs.removeNode();
    }

    @Test
    void openingSelectsTheMostActivePairAndLoadsItsContacts() {
        model.open(dir.resolve("a.db"));
        assertThat(model.pairs().selectedPairProperty().get()).isEqualTo(Dyad.parse("CA-RU"));
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
        model.pairs().selectedPairProperty().set(Dyad.parse("FR-RU"));
        assertThat(model.contacts()).extracting(Contact::dyad).containsExactly(Dyad.parse("FR-RU"));
        assertThat(model.selectedContactProperty().get()).isNull();
        assertThat(model.pairs().onRecord()).hasSize(2);
    }

    @Test
    void openingAnotherFileSwitchesAndKeepsThePairWhenItExists() {
        model.open(dir.resolve("first.db"));
        Database first = model.databaseProperty().get();
        model.open(dir.resolve("second.db"));
        assertThat(model.databaseProperty().get()).isNotSameAs(first);
        assertThat(model.databaseProperty().get().file()).endsWith(Path.of("second.db"));
        assertThat(model.pairs().selectedPairProperty().get()).isEqualTo(Dyad.parse("CA-RU"));
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

    @Test
    void aNewPageKeepsTheMarksWhileANewOrderOrFilterStartsAgainAtTheFirstPage() {
        Path file = dir.resolve("pages.db");
        int many = ContactsPageViewModel.PAGE_SIZE + 50;
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insertAll(java.util.Collections.nCopies(many, TestContacts.full()));
        }
        model.open(file);
        ContactsPageViewModel page = model.page();
        assertThat(model.pairs().selectedPairProperty().get()).isEqualTo(TestContacts.full().dyad());
        var marks = page.marksProperty().get();
        page.pageProperty().set(1);
        assertThat(page.contacts()).hasSize(50);
        assertThat(page.marksProperty().get()).as("only the table's rows change").isSameAs(marks);

        page.orderProperty().set(new org.diplotrack.model.ContactOrder(
                org.diplotrack.model.ContactOrder.Key.LEVEL, true));
        assertThat(page.pageProperty().get()).isZero();
        assertThat(page.contacts()).hasSize(ContactsPageViewModel.PAGE_SIZE);

        page.pageProperty().set(1);
        page.filterProperty().set(ContactFilter.ALL.withText("nothing like this"));
        assertThat(page.pageProperty().get()).isZero();
        assertThat(page.contacts()).isEmpty();
        assertThat(page.marksProperty().get()).isNotSameAs(marks);
        assertThat(errors).isEmpty();
    }

    @Test
    void filtersAndThePairSurviveARestart() throws Exception {
        Path file = dir.resolve("restart.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insert(TestContacts.full());
        }
        model.open(file);
        model.pairs().selectedPairProperty().set(Dyad.parse("FR-RU"));
        model.filterProperty().set(ContactFilter.ALL.withText("Лавров").withLevels(Set.of(Level.MINISTER))
                .withRange(PartialDate.parse("2021"), PartialDate.parse("2022-06")));
        assertThat(model.contacts()).hasSize(1);
        model.close();

        MainViewModel again = new MainViewModel(f -> Database.open(f, SeedData::contacts), TaskRunner.sameThread(),
                noDialogs(), new Settings(prefs));
        again.open(file);
        assertThat(again.pairs().selectedPairProperty().get()).isEqualTo(Dyad.parse("FR-RU"));
        assertThat(again.filterProperty().get().text()).isEqualTo("Лавров");
        assertThat(again.filterProperty().get().levels()).containsExactly(Level.MINISTER);
        assertThat(again.filterProperty().get().from()).hasToString("2021");
        assertThat(again.filterProperty().get().to()).hasToString("2022-06");
        assertThat(again.contacts()).hasSize(1);
        assertThat(again.matchingContactsProperty().get()).isEqualTo(1);
        again.close();
    }

    @Test
    void allPairsIsRememberedAndBrokenPreferencesAreIgnored() {
        model.open(dir.resolve("all.db"));
        model.pairs().selectedPairProperty().set(null);
        assertThat(model.contacts()).hasSize(3);
        model.close();
        prefs.put("filter.levels", "emperor,minister");
        prefs.put("filter.from", "2022-13");
        MainViewModel again = new MainViewModel(f -> Database.open(f, SeedData::contacts), TaskRunner.sameThread(),
                noDialogs(), new Settings(prefs));
        again.open(dir.resolve("all.db"));
        assertThat(again.pairs().selectedPairProperty().get()).as("all pairs").isNull();
        assertThat(again.filterProperty().get().levels()).containsExactly(Level.MINISTER);
        assertThat(again.filterProperty().get().from()).isNull();
        again.close();
    }

    @Test
    void editsAreUndoneAndRedoneInOrder() {
        model.open(dir.resolve("undo.db"));
        Contact first = model.contacts().get(0);
        Contact edited = new Contact(first.id(), first.a(), first.b(), first.date(), first.endDate(), true,
                first.mode(), first.setting(), first.status(), "Ottawa", first.summary(), first.tags(),
                first.sources(), first.provenance(), first.reports(), first.created(), first.modified());
        model.changes().save(first, edited);
        assertThat(model.selectedContactProperty().get().location()).isEqualTo("Ottawa");
        assertThat(model.changes().history().undoDescriptionProperty().get()).isEqualTo("edit of Jan 29, 2022 Russia–Canada");
        model.changes().moveToTrash(List.copyOf(model.contacts()));
        assertThat(model.contacts()).isEmpty();
        assertThat(model.changes().trash()).hasSize(3);
        assertThat(model.changes().history().undoDescriptionProperty().get()).isEqualTo("deletion of 3 contacts");
        model.changes().undo();
        assertThat(model.contacts()).hasSize(3);
        model.changes().undo();
        assertThat(model.contacts()).filteredOn(c -> c.id() == first.id()).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo(first.location()));
        assertThat(model.changes().history().undoDescriptionProperty().get()).isEmpty();
        model.changes().redo();
        assertThat(model.contacts()).filteredOn(c -> c.id() == first.id()).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo("Ottawa"));
        assertThat(model.changes().history().redoDescriptionProperty().get()).isEqualTo("deletion of 3 contacts");
    }

    private DialogService noDialogs() {
        return new DialogService() {
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
            public Optional<Contact> editContact(ContactForm form, org.diplotrack.ui.SimilarContacts similar) {
                return Optional.empty();
            }
        };
    }
}
