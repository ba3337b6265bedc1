package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelTest {

    @Test
    void ranksFollowTheDesign() {
        assertThat(Level.HEAD_OF_STATE.rank()).isEqualTo(5).isEqualTo(Level.HEAD_OF_GOVERNMENT.rank())
                .isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT.rank());
        assertThat(Level.HEAD_OF_STATE_OR_GOVERNMENT.code()).isEqualTo("head-of-state-or-government");
        assertThat(Level.HEAD_OF_STATE_OR_GOVERNMENT.label()).isEqualTo("head of state or government");
        assertThat(Level.MINISTER.rank()).isEqualTo(4);
        assertThat(Level.DEPUTY_MINISTER.rank()).isEqualTo(3);
        assertThat(Level.AMBASSADOR.rank()).isEqualTo(2);
        assertThat(Level.OFFICIAL.rank()).isEqualTo(1);
        assertThat(Level.UNKNOWN.rank()).isZero();
        assertThat(Level.UNKNOWN.isKnown()).isFalse();
    }

    @ParameterizedTest(name = "{0} with {1} is a {2} contact")
    @CsvSource({
            "HEAD_OF_STATE, AMBASSADOR, AMBASSADOR",
            "AMBASSADOR, HEAD_OF_STATE, AMBASSADOR",
            "MINISTER, MINISTER, MINISTER",
            "MINISTER, UNKNOWN, MINISTER",
            "UNKNOWN, HEAD_OF_STATE, HEAD_OF_STATE",
            "UNKNOWN, UNKNOWN, UNKNOWN",
            "OFFICIAL, DEPUTY_MINISTER, OFFICIAL",
            "HEAD_OF_GOVERNMENT, HEAD_OF_STATE, HEAD_OF_GOVERNMENT",
            "HEAD_OF_STATE_OR_GOVERNMENT, MINISTER, MINISTER",
            "HEAD_OF_STATE_OR_GOVERNMENT, HEAD_OF_STATE, HEAD_OF_STATE_OR_GOVERNMENT"})
    void contactLevelIsTheLowerKnownRank(Level a, Level b, Level expected) {
        assertThat(Level.ofContact(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "reported {0} with {1} in a {2}: {3}")
    @CsvSource({
            "UNKNOWN, HEAD_OF_STATE, OTHER, UNKNOWN",
            "UNKNOWN, HEAD_OF_STATE, VISIT, UNKNOWN",
            "HEAD_OF_STATE, UNKNOWN, VISIT, HEAD_OF_STATE",
            "UNKNOWN, MINISTER, HOSTED_VISIT, MINISTER",
            "MINISTER, UNKNOWN, HOSTED_VISIT, UNKNOWN",
            "MINISTER, UNKNOWN, PHONE_CALL, UNKNOWN",
            "HEAD_OF_STATE, UNKNOWN, STATEMENT, HEAD_OF_STATE",
            "UNKNOWN, HEAD_OF_STATE, STATEMENT, UNKNOWN",
            "MINISTER, UNKNOWN, NEGOTIATION, UNKNOWN",
            "HEAD_OF_STATE, MINISTER, OTHER, MINISTER",
            "UNKNOWN, UNKNOWN, VISIT, UNKNOWN"})
    void aReportedContactTakesTheKnownSideOnlyWhenItActs(Level a, Level b, Mode mode, Level expected) {
        assertThat(Level.ofReported(a, b, mode)).isEqualTo(expected);
    }

    @Test
    void onlyDatasetContactsFollowTheRuleForReports() {
        assertThat(Level.of(Provenance.Origin.DATASET_IMPORT, Mode.OTHER, Level.UNKNOWN, Level.HEAD_OF_STATE))
                .isEqualTo(Level.UNKNOWN);
        for (Provenance.Origin origin : java.util.EnumSet.complementOf(java.util.EnumSet.of(
                Provenance.Origin.DATASET_IMPORT))) {
            assertThat(Level.of(origin, Mode.OTHER, Level.UNKNOWN, Level.HEAD_OF_STATE)).as("%s", origin)
                    .isEqualTo(Level.HEAD_OF_STATE);
        }
    }

    @Test
    void codesRoundTripAndUnknownCodesListTheChoices() {
        for (Level level : Level.values()) {
            assertThat(Level.fromCode(level.code())).isEqualTo(level);
        }
        assertThat(Level.fromCode("Head of State")).isEqualTo(Level.HEAD_OF_STATE);
        assertThatThrownBy(() -> Level.fromCode("king"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'king'").hasMessageContaining("ambassador");
    }

    @Test
    void byRankDescendingPutsUnknownLast() {
        Level[] levels = Level.byRankDescending();
        assertThat(levels[0].rank()).isEqualTo(5);
        assertThat(levels[levels.length - 1]).isEqualTo(Level.UNKNOWN);
    }
}
