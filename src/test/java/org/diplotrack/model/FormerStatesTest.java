package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** States that no longer exist are countries of their own (issue 17 part 4, decision 0024). */
class FormerStatesTest {
    private static final Country RU = Countries.lookup("RU");
    private static final Country US = Countries.lookup("US");
    private static final Country SU = Countries.lookup("SU");

    @AfterEach
    void english() {
        Localization.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SU", "SUN", "Soviet Union", "USSR", "U.S.S.R.", "Union soviétique", "Советский Союз"})
    void theSovietUnionIsFoundByItsCodesAndNamesAndIsNotRussia(String input) {
        Country found = Countries.lookup(input);
        assertThat(found.alpha2()).isEqualTo("SU");
        assertThat(found).isNotEqualTo(RU);
        assertThat(found.name()).isEqualTo("Soviet Union");
    }

    @Test
    void everyFormerStateHasItsDatesItsNamesAndAStateThatContinuesIt() {
        assertThat(FormerState.table()).extracting(s -> s.country().alpha2())
                .contains("SU", "YU", "XS", "CS", "DD", "VD", "XV", "AN", "XH", "XT", "XI", "XJ");
        for (FormerState state : FormerState.table()) {
            assertThat(Countries.all()).contains(state.country());
            assertThat(Countries.former(state.country())).contains(state);
            assertThat(state.to().lastDay()).isAfter(state.from().firstDay());
            assertThat(state.names().keySet()).containsExactlyInAnyOrder("en", "fr", "ru");
            assertThat(state.continued()).isNotEmpty().allSatisfy(code -> Countries.lookup(code));
        }
        assertThat(Countries.former(SU).orElseThrow().iso3166_3()).isEqualTo("SUHH");
        assertThat(Countries.former(SU).orElseThrow().to().toString()).isEqualTo("1991-12-25");
        assertThat(Countries.former(RU)).isEmpty();
        // The codes ISO 3166-1 reassigned are not those of today's states.
        assertThat(Countries.lookup("CS").name()).isEqualTo("Czechoslovakia");
        assertThat(Countries.lookup("XS").name()).isEqualTo("Serbia and Montenegro");
        assertThat(Countries.lookup("VN").name()).isEqualTo("Vietnam");
    }

    @Test
    void theNamesFollowTheLanguage() {
        Localization.use(Locale.FRENCH);
        assertThat(SU.label()).isEqualTo("Union soviétique");
        assertThat(Countries.lookup("DD").label()).isEqualTo("République démocratique allemande");
        Localization.use(Localization.RUSSIAN);
        assertThat(SU.label()).isEqualTo("Советский Союз");
        Localization.use(Locale.ENGLISH);
        assertThat(SU.label()).isEqualTo("Soviet Union");
    }

    @Test
    void predecessorsAreTransitiveAndPairsWithPredecessorsCoverBothSides() {
        assertThat(Countries.predecessors(RU)).containsExactly(SU);
        assertThat(Countries.predecessors(Countries.lookup("RS"))).extracting(Country::alpha2)
                .containsExactlyInAnyOrder("XS", "YU");
        assertThat(Countries.predecessors(Countries.lookup("SK"))).extracting(Country::alpha2).containsExactly("CS");
        assertThat(Countries.predecessors(Countries.lookup("UA"))).as("Russia alone continues the Soviet Union")
                .isEmpty();
        Set<Dyad> pairs = Countries.withPredecessors(Dyad.of(RU, US));
        assertThat(pairs).first().isEqualTo(Dyad.of(RU, US));
        assertThat(pairs).contains(Dyad.of(SU, US), Dyad.of(SU, Countries.lookup("XH")));
        assertThat(Countries.withPredecessors(Dyad.parse("CA-FR"))).containsExactly(Dyad.parse("CA-FR"));
        // Czechia–Slovakia: their common predecessor is never paired with itself.
        assertThat(Countries.withPredecessors(Dyad.parse("CZ-SK"))).containsExactlyInAnyOrder(Dyad.parse("CZ-SK"),
                Dyad.parse("CS-SK"), Dyad.parse("CS-CZ"));
        assertThat(Countries.standingFor(SU, Dyad.of(RU, US))).isEqualTo(RU);
        assertThat(Countries.standingFor(Countries.lookup("UA"), Dyad.of(RU, US))).isNull();
    }

    @Test
    void aFilterWithPredecessorsMatchesThePredecessorsContactsOfThePairOnly() {
        Contact soviet = Contact.builder().a(Side.of(SU, Level.HEAD_OF_GOVERNMENT)).b(Side.of(US, Level.HEAD_OF_STATE))
                .date(PartialDate.parse("1959-09-15")).mode(Mode.VISIT).status(Status.HELD).build();
        ContactFilter pair = ContactFilter.forDyad(Dyad.of(RU, US));
        assertThat(pair.matchesFields(soviet)).isFalse();
        assertThat(pair.withPredecessors(true).matchesFields(soviet)).isTrue();
        assertThat(ContactFilter.forDyad(Dyad.parse("RU-CN")).withPredecessors(true).matchesFields(soviet)).isFalse();
        assertThat(ContactFilter.ALL.withPredecessors(true).dyads()).isEmpty();
        ContactFilter russia = pair.withCountry(RU);
        assertThat(russia.matchesFields(soviet)).isFalse();
        assertThat(russia.withPredecessors(true).matchesFields(soviet)).isTrue();
        assertThat(russia.withPredecessors(true).countries()).containsExactlyInAnyOrder(RU, SU);
        // The flag is the pair's: with all pairs it changes nothing.
        assertThat(ContactFilter.ALL.withCountry(RU).withPredecessors(true).matchesFields(soviet)).isFalse();
    }
}
