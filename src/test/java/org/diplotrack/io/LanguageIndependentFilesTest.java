package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.diplotrack.model.Contact;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files keep codes, not words: contacts written in CSV and JSON with French in use are the same
 * bytes as with English, and read back with Russian in use they are the contacts written.
 */
class LanguageIndependentFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    private Path write(List<Contact> contacts, String name, Locale language) throws IOException {
        Localization.use(language);
        Path file = dir.resolve(name);
        ContactFiles.write(contacts, file, ContactFiles.isJson(file));
        return file;
    }

    private static List<Contact> read(Path file, Locale language) {
        Localization.use(language);
        CollectingStore store = new CollectingStore();
        ImportReport report = new DataImport().run(file, ImportFormat.AUTO, true, ImportProgress.NONE, () -> false,
                store);
        assertThat(report.skipped()).isZero();
        return store.contacts;
    }

    @Test
    void writtenInFrenchReadInRussianTheyAreTheSameContactsAndTheBytesAreEnglishOnes() throws IOException {
        List<Contact> contacts = new TrickyContacts(16).next(80);
        for (String ending : List.of("csv", "json")) {
            Path english = write(contacts, "en." + ending, Locale.ENGLISH);
            Path french = write(contacts, "fr." + ending, Locale.FRENCH);
            assertThat(Files.readAllBytes(french)).as(ending).isEqualTo(Files.readAllBytes(english));

            List<Contact> back = read(french, Localization.RUSSIAN);
            assertThat(back).as(ending).hasSameSizeAs(contacts);
            for (int i = 0; i < contacts.size(); i++) {
                Contact c = back.get(i);
                assertThat(c.withId(contacts.get(i).id(), c.created(), c.modified())).as("%s #%d", ending, i)
                        .isEqualTo(contacts.get(i));
            }
            assertThat(read(english, Locale.ENGLISH)).as(ending).isEqualTo(back);
        }
    }

    @Test
    void theCsvHoldsCodesWhateverTheLanguage() throws IOException {
        List<Contact> contacts = new TrickyContacts(17).next(20);
        String french = Files.readString(write(contacts, "fr.csv", Locale.FRENCH));
        String russian = Files.readString(write(contacts, "ru.csv", Localization.RUSSIAN));
        assertThat(russian).isEqualTo(french);
        assertThat(french.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ContactCsvWriter.COLUMNS));
        for (Contact c : contacts) {
            assertThat(french).contains("," + c.status().code() + ",").contains(c.mode().code());
        }
        Localization.use(Localization.RUSSIAN);
        assertThat(contacts).extracting(c -> c.status().label()).doesNotContain("held");
    }
}
