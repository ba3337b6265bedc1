package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"CA", "ca", "CAN", "can", "Canada", " canada "})
    void findsCanadaByAlpha2Alpha3AndName(String input) {
        Country canada = Countries.lookup(input);
        assertThat(canada.alpha2()).isEqualTo("CA");
        assertThat(canada.alpha3()).isEqualTo("CAN");
        assertThat(canada.name()).isEqualTo("Canada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RU", "RUS", "Russia", "Russian Federation"})
    void findsRussiaAlsoByItsOfficialName(String input) {
        assertThat(Countries.lookup(input).alpha2()).isEqualTo("RU");
    }

    @Test
    void suggestionsPutTheCountryOfACodeFirstThenNamesByHowTheyMatch() {
        assertThat(Countries.suggest("ru")).first().extracting(Country::alpha2).isEqualTo("RU");
        assertThat(Countries.suggest("ru")).extracting(Country::name).contains("Aruba", "Brunei");
        assertThat(Countries.suggest("uk").get(0).alpha2()).isEqualTo("GB");
        // Names starting with the text, then a word starting with it, then anywhere in a word.
        List<String> guinea = Countries.suggest("guinea").stream().map(Country::name).toList();
        assertThat(guinea.get(0)).isEqualTo("Guinea");
        assertThat(guinea.indexOf("Guinea-Bissau")).isLessThan(guinea.indexOf("Equatorial Guinea"));
        assertThat(guinea.indexOf("Equatorial Guinea")).isLessThan(guinea.indexOf("Papua New Guinea"));
        List<String> land = Countries.suggest("land").stream().map(Country::name).toList();
        assertThat(land).contains("Iceland", "Poland");
        assertThat(Countries.suggest("cote")).extracting(Country::alpha2).containsExactly("CI");
        assertThat(Countries.suggest("  ")).isEmpty();
        assertThat(Countries.suggest("'; DROP TABLE contact; --")).isEmpty();
    }

    @Test
    void ignoresAccents() {
        assertThat(Countries.lookup("Côte d’Ivoire").alpha2()).isEqualTo("CI");
        assertThat(Countries.lookup("Cote d'Ivoire").alpha2()).isEqualTo("CI");
    }

    @Test
    void knowsEveryIsoCountry() {
        assertThat(Countries.all()).hasSizeGreaterThan(240);
        assertThat(Countries.all()).allSatisfy(c -> assertThat(c.alpha3()).hasSize(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "Atlantis", "", "C", "CANADA1"})
    void unknownInputIsNamedInTheError(String input) {
        assertThatThrownBy(() -> Countries.lookup(input))
                .isInstanceOf(UnknownCountryException.class)
                .hasMessageContaining("unknown country '" + input + "'");
    }

    @Test
    void dyadIsUnorderedAndParsesCodes() {
        Dyad dyad = Dyad.parse("RU-CA");
        assertThat(dyad).isEqualTo(Dyad.parse("CA-RU")).isEqualTo(Dyad.parse("CAN-RUS"));
        assertThat(dyad.code()).isEqualTo("CA-RU");
        assertThat(dyad.label()).isEqualTo("Canada–Russia");
        assertThatThrownBy(() -> Dyad.parse("CA-CA")).hasMessageContaining("two different countries");
        assertThatThrownBy(() -> Dyad.parse("CA")).hasMessageContaining("not a country pair");
        assertThatThrownBy(() -> Dyad.parse("CA-XX")).hasMessageContaining("unknown country 'XX'");
    }

    @Test
    void namesInFrenchAndRussianAreFoundAndShownInTheLanguageInUse() {
        assertThat(Countries.lookup("Russie").alpha2()).isEqualTo("RU");
        assertThat(Countries.lookup("Россия").alpha2()).isEqualTo("RU");
        assertThat(Countries.lookup("etats-unis").alpha2()).isEqualTo("US");
        try {
            org.diplotrack.model.l10n.Localization.use(org.diplotrack.model.l10n.Localization.RUSSIAN);
            assertThat(Countries.lookup("CA").label()).isEqualTo("Канада");
            assertThat(Countries.suggest("кан")).first().extracting(Country::alpha2).isEqualTo("CA");
        } finally {
            org.diplotrack.model.l10n.Localization.use(java.util.Locale.ENGLISH);
        }
        assertThat(Countries.lookup("CA").label()).isEqualTo("Canada");
    }

    /** Kosovo has no ISO 3166-1 code: it is XK / XKX, the user-assigned codes in common use (decision 0023). */
    @ParameterizedTest
    @ValueSource(strings = {"XK", "xk", "XKX", "Kosovo", "Косово"})
    void knowsKosovoByItsUserAssignedCodes(String input) {
        Country kosovo = Countries.lookup(input);
        assertThat(kosovo).isEqualTo(new Country("XK", "XKX", "Kosovo"));
        assertThat(Countries.all()).contains(kosovo);
        assertThat(Dyad.parse("RS-XK").label()).isEqualTo("Serbia–Kosovo");
    }

    @Test
    void kosovoIsNamedInFrenchAndRussian() {
        try {
            org.diplotrack.model.l10n.Localization.use(java.util.Locale.FRENCH);
            assertThat(Countries.lookup("XK").label()).isEqualTo("Kosovo");
            org.diplotrack.model.l10n.Localization.use(org.diplotrack.model.l10n.Localization.RUSSIAN);
            assertThat(Countries.lookup("XK").label()).isEqualTo("Косово");
        } finally {
            org.diplotrack.model.l10n.Localization.use(java.util.Locale.ENGLISH);
        }
    }
}
