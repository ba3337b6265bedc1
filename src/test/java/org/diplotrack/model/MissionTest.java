package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplotrack.TestMissions.CA;
import static org.diplotrack.TestMissions.RU;
import static org.diplotrack.TestMissions.US;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.diplotrack.TestMissions;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mission's rules, its labels, and who is in post (issue 17). */
class MissionTest {

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    private static Mission m(Country s, Country r, MissionRank rank, String head, String from, String to) {
        return TestMissions.of(s, r, rank, head, from, to);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theRulesOfAMissionNameTheFieldAtFault() {
        assertThatThrownBy(() -> m(US, US, MissionRank.AMBASSADOR, "A", "2000", null))
                .isInstanceOfSatisfying(Mission.Invalid.class, e -> assertThat(e.field()).isEqualTo("receiving"))
                .hasMessageContaining("US");
        assertThatThrownBy(() -> m(US, RU, MissionRank.AMBASSADOR, "A", "2000-05", "2000-04-30"))
                .isInstanceOfSatisfying(Mission.Invalid.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessageContaining("2000-04-30").hasMessageContaining("2000-05");
        assertThatThrownBy(() -> Mission.builder().sending(US).receiving(RU).head("A").from(PartialDate.parse("2000"))
                .end(MissionEnd.DIED).build())
                .isInstanceOfSatisfying(Mission.Invalid.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> m(US, RU, MissionRank.AMBASSADOR, "  ", "2000", null))
                .isInstanceOfSatisfying(Mission.Invalid.class, e -> assertThat(e.field()).isEqualTo("head"));
        assertThatThrownBy(() -> Mission.builder().sending(US).receiving(RU).head("A").build())
                .isInstanceOfSatisfying(Mission.Invalid.class, e -> assertThat(e.field()).isEqualTo("from"));
        // the same month at both ends is no contradiction; an interests section and a vacancy may go unnamed
        assertThat(m(US, RU, MissionRank.CHARGE_AD_INTERIM, "A", "2000-05", "2000-05-01").ended()).isTrue();
        assertThat(m(US, RU, MissionRank.INTERESTS_SECTION, null, "2000", null).head()).isNull();
        assertThat(m(US, RU, MissionRank.NONE, null, "2000", null).dyad()).isEqualTo(Dyad.of(RU, US));
        assertThat(TestMissions.full().provenance().dataset()).isEqualTo("A dataset");
        assertThat(m(US, RU, MissionRank.AMBASSADOR, "A", "2000", null).provenance()).isEqualTo(Provenance.MANUAL);
    }

    @Test
    void ranksAndEndsHaveStableCodesAndALabelInEachLanguage() {
        for (MissionRank rank : MissionRank.values()) {
            assertThat(MissionRank.fromCode(rank.code())).isEqualTo(rank);
        }
        for (MissionEnd end : MissionEnd.values()) {
            assertThat(MissionEnd.fromCode(end.code())).isEqualTo(end);
        }
        assertThat(MissionRank.CHARGE_AD_INTERIM.code()).isEqualTo("charge-ad-interim");
        assertThat(MissionRank.fromCode("Charge ad interim")).isEqualTo(MissionRank.CHARGE_AD_INTERIM);
        assertThat(MissionEnd.RELATIONS_SEVERED.code()).isEqualTo("relations-severed");
        assertThatThrownBy(() -> MissionRank.fromCode("consul")).hasMessageContaining("consul")
                .hasMessageContaining("ambassador, envoy, minister-resident");
        assertThatThrownBy(() -> MissionEnd.fromCode("x")).hasMessageContaining("left-post");
        for (Locale language : Localization.LANGUAGES) {
            Localization.use(language);
            assertThat(new HashSet<>(List.of(MissionRank.values()).stream().map(MissionRank::label).toList()))
                    .as("%s", language).hasSize(MissionRank.values().length);
            assertThat(new HashSet<>(List.of(MissionEnd.values()).stream().map(MissionEnd::label).toList()))
                    .as("%s", language).hasSize(MissionEnd.values().length);
        }
        Localization.use(Locale.FRENCH);
        assertThat(MissionRank.AMBASSADOR.label()).isEqualTo("ambassadeur");
        assertThat(MissionRank.CHARGE_AD_INTERIM.label()).isEqualTo("chargé d’affaires a.i.");
        Localization.use(Localization.RUSSIAN);
        assertThat(MissionRank.CHARGE_AD_INTERIM.label()).isEqualTo("временный поверенный в делах");
        assertThat(MissionEnd.EXPELLED.label()).isEqualTo("выслан");
    }

    @Test
    void whoIsInPostOnADay() {
        Mission first = m(US, RU, MissionRank.AMBASSADOR, "First", "2010-01-10", "2012-01-04");
        Mission interim = m(US, RU, MissionRank.CHARGE_AD_INTERIM, "Interim", "2012-01", "2012-02");
        Mission second = m(US, RU, MissionRank.AMBASSADOR, "Second", "2012-02-22", null);
        Mission other = m(RU, US, MissionRank.AMBASSADOR, "Theirs", "2011", null);
        List<Mission> all = List.of(second, other, interim, first);

        assertThat(Missions.inPost(all, US, RU, day("2009-12-31"))).isEmpty();
        assertThat(Missions.inPost(all, US, RU, day("2010-01-10"))).contains(first);
        assertThat(Missions.inPost(all, US, RU, day("2012-01-04"))).contains(first); // the ambassador outranks
        assertThat(Missions.inPost(all, US, RU, day("2012-01-05"))).contains(interim);
        assertThat(Missions.inPost(all, US, RU, day("2012-02-22"))).contains(second);
        assertThat(Missions.inPost(all, US, RU, day("2030-01-01"))).contains(second);
        assertThat(Missions.inPost(all, RU, US, day("2011-01-01"))).contains(other);
        assertThat(Missions.inPost(all, RU, CA, day("2011-01-01"))).isEmpty();
        assertThat(Missions.of(all, US, RU)).containsExactly(first, interim, second);
    }

    @Test
    void aMissionWithoutAnEndLastsUntilTheNextBegins() {
        Mission open = m(US, RU, MissionRank.ENVOY, "Open", "1890", null);
        Mission next = m(US, RU, MissionRank.CHARGE_AD_INTERIM, "Next", "1895-06-01", "1896-01-01");
        List<Mission> all = List.of(open, next);
        assertThat(Missions.inPost(all, US, RU, day("1895-05-31"))).contains(open);
        assertThat(Missions.inPost(all, US, RU, day("1895-06-01"))).contains(next);
        assertThat(Missions.inPost(all, US, RU, day("1897-01-01"))).as("no one after the interim").isEmpty();

        RepresentationTimeline t = Missions.timeline(all, US, RU);
        assertThat(t.intervals()).containsExactly(
                new RepresentationTimeline.Interval(day("1890-01-01"), day("1895-05-31"), open),
                new RepresentationTimeline.Interval(day("1895-06-01"), day("1896-01-01"), next),
                new RepresentationTimeline.Interval(day("1896-01-02"), null, null));
        assertThat(t.gaps()).singleElement().satisfies(g -> assertThat(g.rank()).isEqualTo(MissionRank.NONE));
        assertThat(t.tenures()).hasSize(2);
    }

    @Test
    void theTimelineHasGapsWhereNoOneWasInPostAndEndsOpenWhileSomeoneIs() {
        Mission a = m(US, RU, MissionRank.AMBASSADOR, "A", "1916-05-05", "1917-11-07");
        Mission b = m(US, RU, MissionRank.AMBASSADOR, "B", "1991-12-26", "1992-11-19");
        Mission c = m(US, RU, MissionRank.AMBASSADOR, "C", "1993-05-21", null);
        List<RepresentationTimeline> both = Missions.timelines(List.of(c, b, a), Dyad.of(US, RU));
        assertThat(both).hasSize(2);
        RepresentationTimeline ruInUs = both.get(0);
        assertThat(ruInUs.sending()).isEqualTo(RU);
        assertThat(ruInUs.intervals()).isEmpty();
        RepresentationTimeline usInRu = both.get(1);
        assertThat(usInRu.intervals()).extracting(RepresentationTimeline.Interval::mission)
                .containsExactly(a, null, b, null, c);
        assertThat(usInRu.at(day("1950-01-01"))).hasValueSatisfying(i -> {
            assertThat(i.gap()).isTrue();
            assertThat(i.first()).isEqualTo(day("1917-11-08"));
            assertThat(i.last()).isEqualTo(day("1991-12-25"));
        });
        assertThat(usInRu.at(day("2022-01-29"))).hasValueSatisfying(i -> {
            assertThat(i.mission()).isEqualTo(c);
            assertThat(i.last()).isNull();
        });
        assertThat(usInRu.at(day("1900-01-01"))).isEmpty();
    }

    @Test
    void theTimelineAgreesWithInPostOnEveryDay() {
        Random random = new Random(17);
        MissionRank[] ranks = MissionRank.values();
        for (int trial = 0; trial < 200; trial++) {
            List<Mission> missions = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                LocalDate from = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3000));
                PartialDate start = switch (random.nextInt(3)) {
                    case 0 -> PartialDate.ofYear(from.getYear());
                    case 1 -> PartialDate.ofMonth(from.getYear(), from.getMonthValue());
                    default -> PartialDate.of(from);
                };
                PartialDate end = random.nextInt(3) == 0 ? null : PartialDate.of(start.lastDay().plusDays(random.nextInt(900)));
                MissionRank rank = ranks[random.nextInt(ranks.length)];
                missions.add(Mission.builder().id(i + 1).sending(random.nextBoolean() ? US : RU)
                        .receiving(CA).rank(rank).head("H" + i).from(start).to(end).build());
            }
            for (Country sending : List.of(US, RU)) {
                RepresentationTimeline t = Missions.timeline(missions, sending, CA);
                LocalDate previous = null;
                for (RepresentationTimeline.Interval i : t.intervals()) {
                    if (previous != null) {
                        assertThat(i.first()).as("consecutive").isEqualTo(previous.plusDays(1));
                    }
                    previous = i.last();
                }
                for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2012, 1, 1)); d = d.plusDays(11)) {
                    LocalDate on = d;
                    // a gap's interval has no mission: empty, as before the first head
                    assertThat(t.at(on).map(RepresentationTimeline.Interval::mission))
                            .as("trial %d, %s on %s", trial, sending, on)
                            .isEqualTo(Missions.inPost(missions, sending, CA, on));
                }
            }
        }
    }
}
