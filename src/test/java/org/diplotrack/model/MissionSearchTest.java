package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplotrack.TestMissions;
import org.junit.jupiter.api.Test;

/** Finding missions by what a user types: every word, any case, any accents, never run as a pattern. */
class MissionSearchTest {
    private final Mission stepanov = Mission.builder().sending(TestMissions.RU).receiving(TestMissions.CA)
            .rank(MissionRank.AMBASSADOR).head("Oleg Stepanov").title("Посол").notes("Présenté ses lettres; recalled")
            .from(PartialDate.parse("2021-01-15")).build();

    @Test
    void everyWordMustOccurInTheHeadTitleNotesOrCountries() {
        assertThat(MissionSearch.of("stepanov").matches(stepanov)).isTrue();
        assertThat(MissionSearch.of("  OLEG   stepanov ").matches(stepanov)).isTrue();
        assertThat(MissionSearch.of("oleg canada").matches(stepanov)).isTrue();
        assertThat(MissionSearch.of("CA").matches(stepanov)).as("a country's code").isTrue();
        assertThat(MissionSearch.of("oleg kennan").matches(stepanov)).isFalse();
        assertThat(MissionSearch.of("recalled").matches(stepanov)).isTrue();
    }

    @Test
    void caseAndAccentsDoNotCountInEitherDirection() {
        assertThat(MissionSearch.of("presente").matches(stepanov)).isTrue();
        assertThat(MissionSearch.of("Stépanov").matches(stepanov)).isTrue();
        assertThat(MissionSearch.of("ПОСОЛ").matches(stepanov)).isTrue();
    }

    @Test
    void nothingTypedFindsNothingAndPatternCharactersAreLiteral() {
        assertThat(MissionSearch.of("").isEmpty()).isTrue();
        assertThat(MissionSearch.of("   ").matches(stepanov)).isFalse();
        assertThat(MissionSearch.of(".*").matches(stepanov)).isFalse();
        assertThat(MissionSearch.of("lettres;").matches(stepanov)).isTrue();
    }
}
