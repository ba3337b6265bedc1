package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.ChangeKind;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Country;
import org.diplotrack.model.FieldChange;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every write of a contact leaves one entry in the history, in its own transaction, with who, when and the fields. */
@ParameterizedClass
@EnumSource(Backend.class)
class ChangeHistoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Database db;
    private ContactRepository contacts;

    @BeforeEach
    void open() {
        db = backend.open(dir, SeedData::contacts);
        contacts = db.contacts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Contact call(String summary) {
        return Contact.builder().a(Side.of(Country.of("CA"), Level.MINISTER)).b(Side.of(Country.of("RU"), Level.UNKNOWN))
                .date(PartialDate.parse("2022-02-01")).mode(Mode.PHONE_CALL).status(Status.HELD).summary(summary)
                .build();
    }

    private List<Change> of(Contact c) {
        return contacts.history(ChangeFilter.ofContact(c.id()));
    }

    @Test
    void theSeedHasNoHistoryAndEachWriteAddsOneEntryNewestFirst() {
        assertThat(contacts.history(ChangeFilter.ALL)).isEmpty();
        Instant before = Instant.now().minusSeconds(1);
        Contact added = contacts.insert(call("First call"));
        Contact edited = contacts.update(new Contact(added.id(), added.a(), Side.of(Country.of("RU"), Level.AMBASSADOR),
                added.date(), null, false, added.mode(), added.setting(), added.status(), "Ottawa", "Second word",
                List.of(), List.of(), added.provenance(), List.of(), added.created(), added.modified()));
        contacts.moveToTrash(List.of(added.id()));
        contacts.restore(List.of(added.id()));

        List<Change> history = of(added);
        assertThat(history).extracting(Change::kind).containsExactly(ChangeKind.RESTORE, ChangeKind.TRASH,
                ChangeKind.EDIT, ChangeKind.CREATE);
        assertThat(history).allSatisfy(c -> {
            assertThat(c.who()).isEqualTo(backend.user());
            assertThat(c.at()).isAfter(before);
            assertThat(c.contactId()).isEqualTo(added.id());
        });
        assertThat(history.get(2).fields()).containsExactly(
                new FieldChange("levelB", "unknown", "ambassador"),
                new FieldChange("location", null, "Ottawa"),
                new FieldChange("summary", "First call", "Second word"));
        assertThat(history.get(3).fields()).contains(new FieldChange("countryA", null, "CA"),
                new FieldChange("levelA", null, "minister"), new FieldChange("mode", null, "phone-call"),
                new FieldChange("summary", null, "First call"));
        assertThat(edited.summary()).isEqualTo("Second word");
    }

    @Test
    void aPurgedContactsValuesStayInTheHistory() {
        Contact added = contacts.insert(call("Gone for good"));
        contacts.moveToTrash(List.of(added.id()));
        contacts.purge(List.of(added.id()));
        assertThat(contacts.get(added.id())).isEmpty();
        Change purge = of(added).get(0);
        assertThat(purge.kind()).isEqualTo(ChangeKind.PURGE);
        assertThat(purge.fields()).contains(new FieldChange("summary", "Gone for good", null),
                new FieldChange("countryB", "RU", null));
    }

    @Test
    void anImportIsOneEntryPerContactAddedAndNoneForWhatWasOnRecord() {
        List<Contact> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Report r = new Report("ICEWS", "e" + i, "040", PartialDate.parse("2018-06-01"), null, null, null,
                    Level.UNKNOWN, Mode.OTHER, "f.tab", null, "s" + i, 1, null, null, null);
            rows.add(Contact.builder().a(Side.of(Country.of("KP"), Level.UNKNOWN))
                    .b(Side.of(Country.of("US"), Level.UNKNOWN)).date(PartialDate.parse("2018-06-01"))
                    .mode(Mode.OTHER).status(Status.HELD)
                    .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "f.tab", "e" + i, "040"))
                    .reports(List.of(r)).build());
        }
        ImportCounts first = contacts.importAll(rows.iterator(), false, () -> false);
        assertThat(first.added()).isEqualTo(30);
        List<Change> imports = contacts.history(ChangeFilter.ALL);
        assertThat(imports).hasSize(30).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.IMPORT));
        assertThat(imports).extracting(Change::contactId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(contacts.find(ContactFilter.ALL.withText("")).stream()
                        .filter(c -> c.provenance().origin() == Provenance.Origin.DATASET_IMPORT)
                        .map(Contact::id).toList());
        contacts.importAll(rows.iterator(), false, () -> false);
        assertThat(contacts.history(ChangeFilter.ALL)).as("nothing imported, nothing recorded").hasSize(30);
    }

    @Test
    void aFailedWriteLeavesNoEntry() {
        Contact added = contacts.insert(call("Kept"));
        Contact missing = added.withId(added.id() + 1000, added.created(), added.modified());
        assertThatThrownBy(() -> contacts.update(missing)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> contacts.importAll(List.of(call("x"), call("y")).iterator(), false, () -> {
            throw new IllegalStateException("cancelled halfway (simulated)");
        })).hasMessageContaining("simulated");
        assertThat(contacts.history(ChangeFilter.ALL)).hasSize(1);
    }

    @Test
    void theFilterTakesAContactAUserAndAMoment() {
        Contact one = contacts.insert(call("One"));
        Contact two = contacts.insert(call("Two"));
        assertThat(contacts.history(ChangeFilter.ofContact(two.id()))).hasSize(1);
        assertThat(contacts.history(ChangeFilter.ALL.withWho("somebody else"))).isEmpty();
        assertThat(contacts.history(ChangeFilter.ALL.withWho(backend.user()))).hasSize(2);
        assertThat(contacts.history(ChangeFilter.ALL.withSince(Instant.now().plusSeconds(60)))).isEmpty();
        assertThat(contacts.history(new ChangeFilter(0, null, null, 1))).extracting(Change::contactId)
                .containsExactly(two.id());
        assertThat(one.id()).isNotEqualTo(two.id());
    }
}
