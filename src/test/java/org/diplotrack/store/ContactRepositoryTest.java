package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
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

/** The repository's contract, run on a SQLite file and on a PostgreSQL server. */
@ParameterizedClass
@EnumSource(Backend.class)
class ContactRepositoryTest {
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

    private List<Long> ids(List<Contact> list) {
        return list.stream().map(Contact::id).toList();
    }

    @Test
    void fullTextFindsBySurnameAndBySourceTitleWord() {
        assertThat(contacts.find(ContactFilter.ALL.withText("Stepanov"))).hasSize(1);
        assertThat(contacts.find(ContactFilter.ALL.withText("joly"))).extracting(Contact::mode).containsExactly(Mode.VISIT);
        assertThat(contacts.find(ContactFilter.ALL.withText("melanie"))).as("accents ignored").hasSize(1);
        assertThat(contacts.find(ContactFilter.ALL.withText("Regrets"))).as("source title").hasSize(3);
        assertThat(contacts.find(ContactFilter.ALL.withText("picks up the phone"))).as("quote").hasSize(1);
        assertThat(contacts.find(ContactFilter.ALL.withText("Stepa"))).as("prefix of the last word").hasSize(1);
        assertThat(contacts.find(ContactFilter.ALL.withText("Stepanov Putin"))).as("all words").isEmpty();
    }

    @Test
    void fullTextStaysInStepWithEditsDeletesAndRestores() {
        Contact joly = contacts.find(ContactFilter.ALL.withText("Joly")).get(0);
        Contact renamed = new Contact(joly.id(), new Side(joly.a().country(), joly.a().level(), joly.a().portfolio(),
                List.of(new Participant("Anita Anand", "Minister of Foreign Affairs"))), joly.b(), joly.date(),
                joly.endDate(), joly.approximate(), joly.mode(), joly.setting(), joly.status(), joly.location(),
                joly.summary(), joly.tags(), joly.sources(), joly.provenance(), joly.reports(), joly.created(), joly.modified());
        Contact updated = contacts.update(renamed);
        assertThat(updated.created()).isEqualTo(joly.created());
        assertThat(contacts.find(ContactFilter.ALL.withText("Joly"))).isEmpty();
        assertThat(contacts.find(ContactFilter.ALL.withText("Anand"))).extracting(Contact::id).containsExactly(joly.id());

        contacts.moveToTrash(List.of(joly.id()));
        assertThat(contacts.find(ContactFilter.ALL.withText("Anand"))).isEmpty();
        assertThat(contacts.count(ContactFilter.ALL.withText("Anand"))).as("counted by the index").isZero();
        assertThat(contacts.count(ContactFilter.ALL.withText("Regrets"))).isEqualTo(2);
        assertThat(contacts.trash()).extracting(Contact::id).containsExactly(joly.id());
        contacts.restore(List.of(joly.id()));
        contacts.restore(List.of(joly.id()));
        assertThat(contacts.find(ContactFilter.ALL.withText("Anand"))).hasSize(1);
        assertThat(contacts.count(ContactFilter.ALL.withText("Anand"))).isEqualTo(1);
        assertThat(contacts.count(ContactFilter.ALL.withText("Regrets"))).isEqualTo(3);
        contacts.purge(List.of(joly.id()));
        assertThat(contacts.find(ContactFilter.ALL.withText("Anand"))).isEmpty();
        assertThat(contacts.get(joly.id())).isEmpty();
        assertThat(contacts.count()).isEqualTo(2);
    }

    @Test
    void aWordsOnlySearchReadsItsPagesInDateOrderFromTheIndex() {
        contacts.insertAll(new RandomContacts(21).next(500));
        contacts.moveToTrash(contacts.find(ContactFilter.ALL.withText("Lavrov")).stream().limit(5)
                .map(Contact::id).toList());
        for (String words : List.of("Lavrov", "trade", "sanc", "Gazette 1", "Regrets")) {
            for (boolean ascending : List.of(true, false)) {
                ContactOrder order = new ContactOrder(ContactOrder.Key.DATE, ascending);
                ContactFilter fast = ContactFilter.ALL.withText(words);
                // The same filter, made to go the general way by a range that excludes nothing.
                ContactFilter general = fast.withRange(PartialDate.ofYear(1), null);
                for (int offset : List.of(0, 7, 30)) {
                    assertThat(ids(contacts.page(fast, order, offset, 12)))
                            .as("%s %s from %d", words, ascending ? "ascending" : "descending", offset)
                            .isEqualTo(ids(contacts.page(general, order, offset, 12)));
                }
                assertThat(contacts.count(fast)).isEqualTo(contacts.count(general));
            }
        }
    }

    @Test
    void hostileSearchTextIsJustText() {
        for (String typed : List.of(TestContacts.HOSTILE, "\"unbalanced", "NEAR(a b)", "*", "a OR b", "-x", "col:val",
                "'); DROP TABLE contact_text;--", "^", "AND", "")) {
            assertThat(contacts.find(ContactFilter.ALL.withText(typed))).as(typed).isNotNull();
        }
        Contact hostile = contacts.insert(TestContacts.full());
        assertThat(contacts.find(ContactFilter.ALL.withText("DROP TABLE contact"))).extracting(Contact::id)
                .containsExactly(hostile.id());
        assertThat(contacts.count()).isEqualTo(4);
    }

    @Test
    void filtersCombineExactlyLikeABruteForceFilter() {
        contacts.insertAll(new RandomContacts(7).next(600));
        contacts.insertAll(RandomContacts.withReports(new RandomContacts(8).next(120), new Random(5)));
        List<Contact> all = contacts.find(ContactFilter.ALL);
        assertThat(all).hasSize(723);
        Random random = new Random(11);
        Dyad[] dyads = {Dyad.parse("CA-RU"), Dyad.parse("FR-US"), null};
        for (int round = 0; round < 60; round++) {
            PartialDate from = random.nextBoolean() ? null : PartialDate.ofYear(1990 + random.nextInt(30));
            PartialDate to = from == null || random.nextBoolean() ? null
                    : PartialDate.ofYear(from.year() + random.nextInt(10));
            ContactFilter filter = ContactFilter.ALL.withDyad(dyads[random.nextInt(dyads.length)])
                    .withCountry(random.nextInt(4) == 0 ? Countries.lookup("DE") : null)
                    .withRange(from, to)
                    .withLevels(random.nextBoolean() ? Set.of() : Set.of(Level.MINISTER, Level.AMBASSADOR))
                    .withStatuses(random.nextBoolean() ? Set.of() : Set.of(Status.HELD))
                    .withModes(random.nextInt(3) == 0 ? Set.of(Mode.VISIT, Mode.PHONE_CALL) : Set.of())
                    .withTag(random.nextInt(4) == 0 ? "NATO" : null)
                    .withPairs(random.nextInt(3) == 0 ? Set.of(Dyad.parse("CA-RU"), Dyad.parse("FR-US"),
                            Dyad.parse("DE-RU")) : Set.of())
                    .withMinSources(new int[] {0, 0, 2, 3}[random.nextInt(4)])
                    .withRootOnly(random.nextInt(3) == 0);
            List<Long> expected = all.stream().filter(filter::matchesFields)
                    .sorted(Comparator.comparing((Contact c) -> c.date().firstDay()).thenComparing(Contact::id))
                    .map(Contact::id).toList();
            assertThat(ids(contacts.find(filter))).as("round %d: %s", round, filter).isEqualTo(expected);
            assertThat(contacts.count(filter)).as("count, round %d", round).isEqualTo(expected.size());
        }
    }

    @Test
    void aContactEnteredByHandFindsTheDatasetContactsOfItsPairAndDays() {
        Contact joly = contacts.find(ContactFilter.ALL.withText("Joly")).get(0); // Jan 29, 2022, Canada–Russia
        List<Contact> imported = new java.util.ArrayList<>();
        for (String day : List.of("2022-01-27", "2022-01-28", "2022-01-30", "2022-01-31")) {
            Report r = new Report("GDELT 1.0", "e" + day, "042", PartialDate.parse(day), null, null, null,
                    Level.UNKNOWN, Mode.VISIT, "f", null, null, null, null, null, true);
            imported.add(Contact.builder().a(joly.a()).b(joly.b()).date(PartialDate.parse(day)).mode(Mode.VISIT)
                    .status(Status.HELD).provenance(new org.diplotrack.model.Provenance(
                            org.diplotrack.model.Provenance.Origin.DATASET_IMPORT, "GDELT 1.0", "f", "e" + day, "042"))
                    .reports(List.of(r)).build());
        }
        List<Contact> stored = contacts.insertAll(imported);
        assertThat(contacts.findMatchingReports(joly)).extracting(c -> c.date().toString())
                .containsExactly("2022-01-28", "2022-01-30");
        assertThat(contacts.findMatchingReports(stored.get(1))).as("a dataset contact is offered none").isEmpty();
        contacts.moveToTrash(List.of(stored.get(2).id()));
        assertThat(contacts.findMatchingReports(joly)).extracting(c -> c.date().toString())
                .containsExactly("2022-01-28");
    }

    @Test
    void thePairListAndTheTotalFollowEveryKindOfWrite() {
        Contact joly = contacts.find(ContactFilter.ALL.withText("Joly")).get(0);
        Contact moved = new Contact(joly.id(), new Side(Countries.lookup("FR"), Level.MINISTER, null, List.of()),
                joly.b(), PartialDate.parse("2019-03"), null, false, joly.mode(), joly.setting(), joly.status(),
                null, null, List.of(), List.of(), joly.provenance(), List.of(), null, null);
        contacts.update(moved);
        assertThat(contacts.dyads()).extracting(d -> d.dyad().code() + " " + d.contacts() + " " + d.first())
                .containsExactly("CA-RU 2 2022-01-29", "FR-RU 1 2019-03-01");
        assertTotalIsLiveContacts();
        contacts.moveToTrash(List.of(joly.id()));
        assertThat(contacts.dyads()).extracting(d -> d.dyad().code()).containsExactly("CA-RU");
        assertTotalIsLiveContacts();
        contacts.restore(List.of(joly.id()));
        assertThat(contacts.dyads()).hasSize(2);
        assertTotalIsLiveContacts();
        contacts.purge(List.of(joly.id()));
        assertThat(contacts.dyads()).extracting(d -> d.dyad().code()).containsExactly("CA-RU");
        assertTotalIsLiveContacts();
        List<Contact> random = contacts.insertAll(new RandomContacts(5).next(300));
        List<Contact> live = contacts.find(ContactFilter.ALL);
        assertThat(contacts.dyads()).allSatisfy(d -> {
            List<Contact> ofPair = live.stream().filter(c -> c.dyad().equals(d.dyad())).toList();
            assertThat(d.contacts()).isEqualTo(ofPair.size());
            assertThat(d.first()).isEqualTo(ofPair.stream().map(c -> c.date().firstDay()).min(Comparator.naturalOrder()).orElseThrow());
            assertThat(d.last()).isEqualTo(ofPair.stream().map(c -> c.lastDate().lastDay()).max(Comparator.naturalOrder()).orElseThrow());
        });
        assertThat(random).isNotEmpty();
        assertTotalIsLiveContacts();
    }

    /** The total is read from pair_stats: it must be the number of contacts outside the trash. */
    private void assertTotalIsLiveContacts() {
        assertThat(contacts.count()).isEqualTo(contacts.find(ContactFilter.ALL).size())
                .isEqualTo(contacts.count(ContactFilter.ALL.withRange(PartialDate.ofYear(1), null)));
    }

    @Test
    void timelineMarksAreTheFilteredContactsByDateUpToALimit() {
        contacts.insertAll(new RandomContacts(9).next(400));
        ContactFilter filter = ContactFilter.forDyad(Dyad.parse("CA-RU"));
        List<Contact> expected = contacts.find(filter);
        org.diplotrack.model.ContactMarks all = contacts.marks(filter, 10_000);
        assertThat(all.total()).isEqualTo(expected.size());
        assertThat(all.truncated()).isFalse();
        for (int i = 0; i < all.size(); i++) {
            Contact c = expected.get(i);
            assertThat(all.ids()[i]).isEqualTo(c.id());
            assertThat(all.startDays()[i]).isEqualTo(c.date().firstDay().toEpochDay());
            assertThat(all.endDays()[i]).isEqualTo(c.lastDate().lastDay().toEpochDay());
            assertThat(all.level(i)).isEqualTo(c.level());
            assertThat(all.mode(i)).isEqualTo(c.mode());
            assertThat(all.status(i)).isEqualTo(c.status());
            assertThat(all.approximate()[i]).isEqualTo(c.approximate());
        }
        org.diplotrack.model.ContactMarks first = contacts.marks(ContactFilter.ALL, 50);
        assertThat(first.size()).isEqualTo(50);
        assertThat(first.total()).isEqualTo(403);
        assertThat(first.truncated()).isTrue();
        assertThat(first.startDays()).isSorted();
    }

    @Test
    void pagesFollowTheOrderWithoutGapsOrRepeats() {
        contacts.insertAll(new RandomContacts(3).next(250));
        for (ContactOrder.Key key : ContactOrder.Key.values()) {
            ContactOrder order = new ContactOrder(key, key != ContactOrder.Key.LEVEL);
            List<Long> whole = ids(contacts.page(ContactFilter.ALL, order, 0, 1000));
            assertThat(whole).hasSize(253).doesNotHaveDuplicates();
            List<Long> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < 253; offset += 40) {
                paged.addAll(ids(contacts.page(ContactFilter.ALL, order, offset, 40)));
            }
            assertThat(paged).as(key.name()).isEqualTo(whole);
        }
        List<Contact> byLevel = contacts.page(ContactFilter.ALL, new ContactOrder(ContactOrder.Key.LEVEL, false), 0, 300);
        assertThat(byLevel).extracting(c -> c.level().rank()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void similarContactsAreSamePairModeAndLevelWithinThreeDays() {
        Contact ambassador = contacts.find(ContactFilter.ALL.withText("Stepanov")).get(0);
        Contact nearCopy = Contact.builder().a(ambassador.b()).b(ambassador.a())
                .date(PartialDate.parse("2022-02-01")).mode(Mode.EMBASSY_CHANNEL).status(Status.HELD).build();
        assertThat(contacts.findSimilar(nearCopy)).extracting(Contact::id).containsExactly(ambassador.id());
        Contact fourDaysLater = Contact.builder().a(ambassador.a()).b(ambassador.b())
                .date(PartialDate.parse("2022-02-02")).mode(Mode.EMBASSY_CHANNEL).build();
        assertThat(contacts.findSimilar(fourDaysLater)).isEmpty();
        assertThat(contacts.findSimilar(ambassador)).as("not itself").isEmpty();
    }

    @Test
    void aRemovedContactComesBackWithItsIdWhenInsertedAgain() {
        Contact joly = contacts.find(ContactFilter.ALL.withText("Joly")).get(0);
        contacts.purge(List.of(joly.id()));
        Contact back = contacts.insert(joly);
        assertThat(back).isEqualTo(joly);
        assertThat(contacts.find(ContactFilter.ALL.withText("Joly"))).containsExactly(joly);
        assertThatThrownBy(() -> contacts.insert(joly)).isInstanceOf(StoreException.class);
        assertThat(contacts.count()).isEqualTo(3);
    }

    private static Contact withSummary(Contact c, String summary) {
        return new Contact(c.id(), c.a(), c.b(), c.date(), c.endDate(), c.approximate(), c.mode(), c.setting(),
                c.status(), c.location(), summary, c.tags(), c.sources(), c.provenance(), c.reports(), c.created(),
                c.modified());
    }

    @Test
    void anEditOfAVersionSomeoneElseReplacedIsRefusedWithTheirsAndChangesNothing() {
        Contact read = contacts.find(ContactFilter.ALL.withText("Joly")).get(0);
        try (Database colleague = backend.openAgain(db)) {
            Contact theirs = colleague.contacts().update(withSummary(read, "Theirs"));
            assertThat(theirs.modified()).isAfter(read.modified());

            assertThatThrownBy(() -> contacts.update(withSummary(read, "Mine")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> {
                        assertThat(e.mine().summary()).isEqualTo("Mine");
                        assertThat(e.theirs()).hasValueSatisfying(t -> assertThat(t.summary()).isEqualTo("Theirs"));
                        assertThat(e.getMessage()).contains(backend.user()).contains(read.title());
                    });
            assertThat(contacts.find(ContactFilter.ALL.withText("Joly")).get(0).summary()).isEqualTo("Theirs");

            Contact mineOverTheirs = contacts.update(withSummary(read, "Mine").editOf(theirs));
            assertThat(mineOverTheirs.summary()).isEqualTo("Mine");
            assertThatThrownBy(() -> colleague.contacts().update(withSummary(theirs, "Theirs again")))
                    .as("their next save, from the version they had").isInstanceOf(EditConflictException.class);
        }
    }

    @Test
    void savesInTheSameMillisecondStillGetTheirOwnVersions() {
        Contact read = contacts.find(ContactFilter.ALL.withText("Joly")).get(0);
        Contact last = read;
        for (int i = 0; i < 20; i++) {
            Contact next = contacts.update(withSummary(last, "Edit " + i));
            assertThat(next.modified()).isAfter(last.modified());
            last = next;
        }
        Contact stale = read;
        assertThatThrownBy(() -> contacts.update(withSummary(stale, "Stale"))).isInstanceOf(EditConflictException.class);
    }

    @Test
    void anEditOfAContactSomeoneElseTrashedOrPurgedIsRefusedWithNothingOfTheirs() {
        Contact read = contacts.find(ContactFilter.ALL.withText("Joly")).get(0);
        try (Database colleague = backend.openAgain(db)) {
            colleague.contacts().moveToTrash(List.of(read.id()));
            assertThatThrownBy(() -> contacts.update(withSummary(read, "Mine")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.theirs()).isEmpty());
            assertThat(contacts.count()).isEqualTo(2);
            colleague.contacts().purge(List.of(read.id()));
            assertThatThrownBy(() -> contacts.update(withSummary(read, "Mine")))
                    .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.theirs()).isEmpty());
            Contact asNew = contacts.insert(withSummary(read, "Mine").withId(0, null, null));
            assertThat(asNew.id()).isNotEqualTo(read.id());
            assertThat(contacts.count()).isEqualTo(3);
        }
    }
}
