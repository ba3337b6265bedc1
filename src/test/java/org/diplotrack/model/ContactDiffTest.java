package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.diplotrack.TestContacts;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.Test;

class ContactDiffTest {
    private static final Contact CALL = Contact.builder().a(Side.of(Country.of("CA"), Level.MINISTER))
            .b(new Side(Country.of("RU"), Level.UNKNOWN, null, List.of(new Participant("Sergey Lavrov", "Minister"))))
            .date(PartialDate.parse("2022-02-01")).mode(Mode.PHONE_CALL).status(Status.HELD).summary("A call").build();

    @Test
    void onlyTheFieldsThatDifferInTheRecordsCodes() {
        Contact later = new Contact(0, CALL.a(), CALL.b(), CALL.date(), null, true, Mode.VISIT, CALL.setting(),
                Status.PROPOSED, " ", "A call", List.of("Arctic"), List.of(), CALL.provenance(), List.of(), null, null);
        assertThat(ContactDiff.of(CALL, later)).containsExactly(
                new FieldChange("approximate", null, "yes"),
                new FieldChange("mode", "phone-call", "visit"),
                new FieldChange("status", "held", "proposed"),
                new FieldChange("tags", null, "Arctic"));
        assertThat(ContactDiff.of(CALL, CALL)).isEmpty();
    }

    @Test
    void aNewContactHasEveryFieldAfterAndAPurgedOneEveryFieldBefore() {
        List<FieldChange> created = ContactDiff.of(null, CALL);
        assertThat(created).allSatisfy(f -> assertThat(f.before()).isNull())
                .contains(new FieldChange("participantsB", null, "Sergey Lavrov (Minister)"));
        assertThat(ContactDiff.of(CALL, null)).hasSameSizeAs(created).allSatisfy(f -> assertThat(f.after()).isNull());
        assertThat(created).extracting(FieldChange::field).isSubsetOf(ContactDiff.fields());
    }

    @Test
    void valuesAreShownInTheLanguageInUseAndUnknownCodesAsThey() {
        Localization.use(java.util.Locale.FRENCH);
        try {
            assertThat(new FieldChange("levelB", "unknown", "minister").shown("minister", "-")).isEqualTo("ministre");
            assertThat(new FieldChange("countryA", null, "RU").shown("RU", "-")).isEqualTo("Russie");
            assertThat(new FieldChange("mode", null, "carrier-pigeon").shown("carrier-pigeon", "-"))
                    .isEqualTo("carrier-pigeon");
            assertThat(new FieldChange("summary", "x", null).shown(null, "(aucun)")).isEqualTo("(aucun)");
            assertThat(new FieldChange("levelB", null, null).label()).isEqualTo("Partie B\u00a0: niveau");
        } finally {
            Localization.use(java.util.Locale.ENGLISH);
        }
    }

    /** A colleague's version of {@link TestContacts#full}: every field differs. */
    private static Contact theirsOf(Contact mine) {
        return new Contact(mine.id(),
                new Side(Country.of("CA"), Level.HEAD_OF_STATE, null, List.of()),
                new Side(Country.of("US"), Level.AMBASSADOR, "trade", List.of(new Participant("A. Envoy", null))),
                PartialDate.parse("2021-11-05"), PartialDate.parse("2021-12-01"), false, Mode.PHONE_CALL,
                new Setting(Setting.Kind.BILATERAL, "G20"), Status.PROPOSED, "Ottawa", "Theirs", List.of("Arctic"),
                List.of(new Source("Globe", "Call", null, null, null, null, null)), Provenance.MANUAL, List.of(),
                mine.created(), Instant.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void aCombinationTakesEachFieldChosenFromTheirsAndEveryOtherFromMine() {
        Contact mine = TestContacts.full().withId(7, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));
        Contact theirs = theirsOf(mine);
        assertThat(ContactDiff.of(mine, theirs)).extracting(FieldChange::field)
                .as("the test covers every field").containsExactlyElementsOf(ContactDiff.fields());

        Contact allMine = ContactDiff.combine(mine, theirs, Set.of());
        assertThat(ContactDiff.of(mine, allMine)).isEmpty();
        assertThat(allMine.modified()).as("an edit of their version").isEqualTo(theirs.modified());
        assertThat(allMine.provenance()).isEqualTo(theirs.provenance());
        assertThat(ContactDiff.of(theirs, ContactDiff.combine(mine, theirs, Set.copyOf(ContactDiff.fields())))).isEmpty();

        for (FieldChange field : ContactDiff.of(mine, theirs)) {
            Contact one = ContactDiff.combine(mine, theirs, Set.of(field.field()));
            assertThat(ContactDiff.of(mine, one)).as(field.field()).containsExactly(field);
        }
    }

    @Test
    void aCombinationThatIsNoContactIsRefused() {
        Contact mine = TestContacts.full();
        Contact swapped = new Contact(0, mine.b(), mine.a(), mine.date(), mine.endDate(), mine.approximate(),
                mine.mode(), mine.setting(), mine.status(), mine.location(), mine.summary(), mine.tags(),
                mine.sources(), mine.provenance(), mine.reports(), null, null);
        assertThatThrownBy(() -> ContactDiff.combine(mine, swapped, Set.of("countryA")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactDiff.combine(mine, swapped, Set.of("colour")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
