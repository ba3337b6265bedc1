package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
