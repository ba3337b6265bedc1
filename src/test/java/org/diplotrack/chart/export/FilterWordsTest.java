package org.diplotrack.chart.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filters in words for an exported chart's subtitle and caption, in each language. */
class FilterWordsTest {
    private static final ContactFilter PAIR = ContactFilter.forDyad(Dyad.parse("CA-RU"))
            .withRange(PartialDate.parse("2014"), PartialDate.parse("2024"))
            .withLevels(Set.of(Level.MINISTER)).withStatuses(Set.of(Status.HELD, Status.INVITED)).withTag("Arctic");
    private static final ContactFilter COUNTRY = ContactFilter.ALL.withCountry(Countries.lookup("FR"))
            .withRange(PartialDate.parse("2020-05"), null).withModes(Set.of(Mode.VISIT, Mode.PHONE_CALL))
            .withText("gas");

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    @Test
    void english() {
        assertThat(FilterWords.of(PAIR)).isEqualTo(
                "Canada–Russia (CA-RU), 2014 to 2024, level minister, statuses held, invited, tag “Arctic”");
        assertThat(FilterWords.of(COUNTRY)).isEqualTo(
                "contacts of France, from 2020-05, modes visit, phone call, text “gas”");
        assertThat(FilterWords.of(ContactFilter.ALL)).isEqualTo("all pairs, all dates");
        assertThat(FilterWords.of(ContactFilter.ALL.withMinSources(3).withRootOnly(true)))
                .isEqualTo("all pairs, all dates, at least 3 sources, GDELT root events only");
    }

    @Test
    void french() {
        Localization.use(Locale.FRENCH);
        assertThat(FilterWords.of(PAIR)).startsWith("Canada–Russie (CA-RU), de 2014 à 2024, niveau ministre, statuts ")
                .endsWith(", étiquette «\u00a0Arctic\u00a0»");
        assertThat(FilterWords.of(ContactFilter.ALL)).isEqualTo("toutes les paires, toutes les dates");
        assertThat(FilterWords.of(COUNTRY)).startsWith("contacts de France, depuis 2020-05, modes ");
    }

    @Test
    void russian() {
        Localization.use(Localization.RUSSIAN);
        assertThat(FilterWords.of(PAIR)).startsWith("Канада–Россия (CA-RU), с 2014 по 2024, уровень министр, статусы ")
                .endsWith(", метка «Arctic»");
        assertThat(FilterWords.of(COUNTRY)).startsWith("контакты страны Франция, с 2020-05, формы ")
                .endsWith(", текст «gas»");
        assertThat(FilterWords.of(ContactFilter.ALL)).isEqualTo("все пары, все даты");
        assertThat(FilterWords.of(ContactFilter.ALL.withMinSources(5))).isEqualTo("все пары, все даты, не менее 5 источников");
    }
}
