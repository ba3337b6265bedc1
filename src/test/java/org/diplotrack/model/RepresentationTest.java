package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.diplotrack.TestMissions;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The summary's word on who heads each side's mission, and since when. */
class RepresentationTest {
    private static final Dyad CA_RU = Dyad.parse("CA-RU");
    private static final List<Mission> MISSIONS = List.of(
            TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.AMBASSADOR, "A. Example", "2019-01-10",
                    "2021-06-30"),
            TestMissions.of(TestMissions.RU, TestMissions.CA, MissionRank.AMBASSADOR, "Oleg Stepanov", "2021-01-15",
                    null));

    @AfterEach
    void english() {
        Localization.use(Locale.ENGLISH);
    }

    @Test
    void eachSideSaysWhoIsInPostOrSinceWhenNoOneIs() {
        String sentence = Representation.sentence(Representation.of(MISSIONS, CA_RU, LocalDate.of(2022, 1, 29)));
        assertThat(sentence).isEqualTo("Heads of mission: Canada → Russia: no one in post since Jul 1, 2021; "
                + "Russia → Canada: ambassador Oleg Stepanov since Jan 15, 2021.");
    }

    @Test
    void beforeAnythingOnRecordASideSaysSoAndWithNothingAtAllThereIsNoSentence() {
        List<Representation> early = Representation.of(MISSIONS, CA_RU, LocalDate.of(2020, 6, 1));
        assertThat(early.get(1).known()).isFalse();
        assertThat(Representation.sentence(early)).endsWith("Russia → Canada: nothing on record.");
        assertThat(Representation.sentence(Representation.of(MISSIONS, CA_RU, LocalDate.of(2018, 1, 1)))).isEmpty();
        assertThat(Representation.sentence(Representation.of(List.of(), CA_RU, LocalDate.of(2022, 1, 1)))).isEmpty();
    }

    @Test
    void anUnnamedHeadIsItsRank() {
        List<Mission> section = List.of(TestMissions.of(TestMissions.US, TestMissions.RU, MissionRank.INTERESTS_SECTION,
                null, "2020-01-01", null));
        assertThat(Representation.of(section, Dyad.parse("RU-US"), LocalDate.of(2021, 1, 1)).get(1).phrase())
                .isEqualTo("United States → Russia: interests section since Jan 1, 2020");
    }

    @Test
    void frenchAndRussianWriteTheirOwnWords() {
        Localization.use(Locale.FRENCH);
        assertThat(Representation.sentence(Representation.of(MISSIONS, CA_RU, LocalDate.of(2022, 1, 29))))
                .startsWith("Chefs de mission\u00a0: ").contains("personne en poste depuis le 1er juil. 2021\u00a0; Russie")
                .contains("Oleg Stepanov depuis le 15 janv. 2021");
        Localization.use(Localization.RUSSIAN);
        assertThat(Representation.sentence(Representation.of(MISSIONS, CA_RU, LocalDate.of(2022, 1, 29))))
                .startsWith("Главы миссий: ").contains("никого на посту с 1 июл. 2021 г.");
    }
}
