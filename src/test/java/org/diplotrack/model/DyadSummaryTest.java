package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.io.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DyadSummaryTest {
    private static final Country AU = Countries.lookup("AU");
    private static final Country ID = Countries.lookup("ID");
    private static final Country NZ = Countries.lookup("NZ");
    private static final Dyad PAIR = Dyad.of(AU, ID);

    private static Contact contact(String date, String endDate, Level a, Level b, Mode mode, Status status) {
        return Contact.builder().a(Side.of(AU, a)).b(Side.of(ID, b)).date(PartialDate.parse(date))
                .endDate(endDate == null ? null : PartialDate.parse(endDate)).mode(mode).status(status).build();
    }

    private static Contact held(String date, Level level, Mode mode) {
        return contact(date, null, level, level, mode, Status.HELD);
    }

    // Australia–Indonesia, made up: minister visits in 2019, an ambassador-level contact in 2021
    // (the Indonesian side unknown), a declined head-of-state call and an invited minister visit.
    private static final Contact INVITED_2019 = contact("2019-01", null, Level.MINISTER, Level.UNKNOWN, Mode.VISIT,
            Status.INVITED);
    private static final Contact MINISTERS_MARCH = contact("2019-03-11", "2019-03-13", Level.MINISTER,
            Level.MINISTER, Mode.VISIT, Status.HELD);
    private static final Contact DEPUTIES_PROPOSED = contact("2019-05-20", null, Level.DEPUTY_MINISTER,
            Level.DEPUTY_MINISTER, Mode.NEGOTIATION, Status.PROPOSED);
    private static final Contact MINISTERS_OCTOBER = held("2019-10", Level.MINISTER, Mode.HOSTED_VISIT);
    private static final Contact CALL_PROPOSED = contact("2020-05-05", null, Level.MINISTER, Level.MINISTER,
            Mode.PHONE_CALL, Status.PROPOSED);
    private static final Contact AMBASSADOR_2021 = contact("2021", null, Level.AMBASSADOR, Level.UNKNOWN,
            Mode.EMBASSY_CHANNEL, Status.HELD);
    private static final Contact CALL_DECLINED = contact("2022-02-10", null, Level.HEAD_OF_STATE,
            Level.HEAD_OF_GOVERNMENT, Mode.PHONE_CALL, Status.DECLINED);
    private static final Contact VISIT_INVITED = contact("2022-06-01", null, Level.UNKNOWN, Level.MINISTER,
            Mode.VISIT, Status.INVITED);
    /** Another pair's contact, at the top level: ignored. */
    private static final Contact OTHER_PAIR = Contact.builder().a(Side.of(AU, Level.HEAD_OF_STATE))
            .b(Side.of(NZ, Level.HEAD_OF_STATE)).date(PartialDate.parse("2021-06-01")).mode(Mode.VISIT).build();

    private static final List<Contact> HISTORY = List.of(VISIT_INVITED, AMBASSADOR_2021, INVITED_2019, OTHER_PAIR,
            MINISTERS_OCTOBER, CALL_DECLINED, MINISTERS_MARCH, DEPUTIES_PROPOSED, CALL_PROPOSED);

    private static DyadSummary asOf(String day) {
        return DyadSummary.of(PAIR, HISTORY, LocalDate.parse(day), 12);
    }

    @ParameterizedTest(name = "as of {0}: {1} since {2}")
    @CsvSource(nullValues = "none", value = {
            "2018-12-31, none,       none",       // nothing held yet
            "2019-03-11, MINISTER,   2019-03-11", // first day of a three-day visit
            "2019-03-12, MINISTER,   2019-03-11", // during it
            "2020-03-13, MINISTER,   2019-03-11", // the March visit's window ends (end date + 12 months)...
            "2020-03-14, MINISTER,   2019-03-11", // ...but October's (month precision) still runs
            "2020-10-31, MINISTER,   2019-03-11", // last day of October's window: 2019-10-31 + 12 months
            "2020-11-01, none,       2020-11-01", // the gap: longer than the window
            "2020-12-31, none,       2020-11-01",
            "2021-01-01, AMBASSADOR, 2021-01-01", // year precision: counts from the first day of 2021
            "2022-06-15, AMBASSADOR, 2021-01-01", // the declined call does not count
            "2022-12-31, AMBASSADOR, 2021-01-01", // ... and to the last day of 2021 + 12 months
            "2023-01-01, none,       2023-01-01",
            "2030-05-05, none,       2023-01-01"})
    void ceilingAndSince(String day, Level ceiling, String since) {
        DyadSummary summary = asOf(day);
        assertThat(summary.ceiling()).isEqualTo(java.util.Optional.ofNullable(ceiling));
        assertThat(summary.ceilingSince()).isEqualTo(java.util.Optional.ofNullable(since).map(LocalDate::parse));
    }

    @Test
    void aHigherLevelLeavingTheWindowStartsANewRunAtTheLowerLevel() {
        List<Contact> contacts = List.of(MINISTERS_MARCH, held("2019-06-01", Level.AMBASSADOR, Mode.EMBASSY_CHANNEL),
                held("2020-05", Level.AMBASSADOR, Mode.PHONE_CALL));
        DyadSummary summary = DyadSummary.of(PAIR, contacts, LocalDate.of(2020, 4, 1), 12);
        assertThat(summary.ceiling()).contains(Level.AMBASSADOR);
        assertThat(summary.ceilingSince()).contains(LocalDate.of(2020, 3, 14));
        // the two ambassador contacts' windows overlap, so the run goes on unbroken
        DyadSummary later = DyadSummary.of(PAIR, contacts, LocalDate.of(2021, 5, 31), 12);
        assertThat(later.ceiling()).contains(Level.AMBASSADOR);
        assertThat(later.ceilingSince()).contains(LocalDate.of(2020, 3, 14));
        assertThat(DyadSummary.of(PAIR, contacts, LocalDate.of(2021, 6, 1), 12).ceilingSince())
                .contains(LocalDate.of(2021, 6, 1));
    }

    @Test
    void theWindowLengthIsAParameter() {
        DyadSummary none = DyadSummary.of(PAIR, HISTORY, LocalDate.of(2019, 3, 14), 0);
        assertThat(none.ceiling()).isEmpty();
        assertThat(none.ceilingSince()).contains(LocalDate.of(2019, 3, 14));
        assertThat(none.sentence()).startsWith("Australia–Indonesia: no held contact on Mar 14, 2019 "
                + "(the last, at minister level, from Mar 11, 2019 to Mar 13, 2019)");
        DyadSummary month = DyadSummary.of(PAIR, HISTORY, LocalDate.of(2019, 4, 14), 1);
        assertThat(month.ceiling()).isEmpty();
        assertThat(month.ceilingSince()).contains(LocalDate.of(2019, 4, 14));
        assertThat(month.sentence()).contains("no held contact in the month to Apr 14, 2019");
        DyadSummary twoYears = DyadSummary.of(PAIR, HISTORY, LocalDate.of(2021, 6, 30), 24);
        assertThat(twoYears.ceiling()).contains(Level.MINISTER);
        assertThat(twoYears.ceilingSince()).contains(LocalDate.of(2019, 3, 11));
        DyadSummary twoYearsLater = DyadSummary.of(PAIR, HISTORY, LocalDate.of(2021, 12, 31), 24);
        assertThat(twoYearsLater.ceiling()).contains(Level.AMBASSADOR);
        assertThat(twoYearsLater.ceilingSince()).contains(LocalDate.of(2021, 11, 1));
        assertThatThrownBy(() -> DyadSummary.of(PAIR, HISTORY, LocalDate.of(2021, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void lastHeldPerLevelIsTheLatestByLastDayAndSkipsOffersAndRefusals() {
        DyadSummary summary = asOf("2022-12-31");
        assertThat(summary.lastHeld()).containsExactly(
                new DyadSummary.LastHeld(Level.MINISTER, MINISTERS_OCTOBER),
                new DyadSummary.LastHeld(Level.AMBASSADOR, AMBASSADOR_2021));
        assertThat(summary.lastHeldAt(2)).map(DyadSummary.LastHeld::contact).contains(AMBASSADOR_2021);
        assertThat(summary.lastHeldAt(5)).isEmpty();
        // only contacts that started by the as-of day: during the March visit, October is in the future
        assertThat(asOf("2019-03-12").lastHeld()).extracting(DyadSummary.LastHeld::contact)
                .containsExactly(MINISTERS_MARCH);
        // a contact with an end date is compared by its last day
        Contact longVisit = contact("2019-09-20", "2019-11-02", Level.MINISTER, Level.MINISTER, Mode.VISIT,
                Status.HELD);
        DyadSummary withLongVisit = DyadSummary.of(PAIR, List.of(MINISTERS_OCTOBER, longVisit),
                LocalDate.of(2020, 1, 1), 12);
        assertThat(withLongVisit.lastHeldAt(4)).map(DyadSummary.LastHeld::contact).contains(longVisit);
    }

    @Test
    void unknownLevelsAreListedLastAndTheKnownSideCounts() {
        Contact unknown = held("2018-06", Level.UNKNOWN, Mode.OTHER);
        Contact heads = contact("2018-03-01", null, Level.UNKNOWN, Level.HEAD_OF_GOVERNMENT, Mode.VIDEO_CALL,
                Status.HELD);
        DyadSummary summary = DyadSummary.of(PAIR, List.of(unknown, heads, AMBASSADOR_2021),
                LocalDate.of(2021, 3, 1), 12);
        assertThat(summary.lastHeld()).extracting(DyadSummary.LastHeld::level)
                .containsExactly(Level.HEAD_OF_GOVERNMENT, Level.AMBASSADOR, Level.UNKNOWN);
        assertThat(summary.countsByRank()).containsExactly(entry(5, 1), entry(2, 1), entry(0, 1));
        // an unknown-level held contact still holds up the ceiling, at rank 0
        DyadSummary onlyUnknown = DyadSummary.of(PAIR, List.of(unknown), LocalDate.of(2018, 12, 1), 12);
        assertThat(onlyUnknown.ceiling()).contains(Level.UNKNOWN);
        assertThat(onlyUnknown.ceilingSince()).contains(LocalDate.of(2018, 6, 1));
        assertThat(onlyUnknown.sentence())
                .isEqualTo("Australia–Indonesia: held contacts at an unknown level since Jun 1, 2018; no open offers.");
    }

    @Test
    void countsByRankAndByModeCoverEveryStatusInAStableOrder() {
        DyadSummary summary = asOf("2022-12-31");
        assertThat(summary.countsByRank()).containsExactly(entry(5, 1), entry(4, 5), entry(3, 1), entry(2, 1));
        assertThat(summary.countsByMode()).containsExactly(entry(Mode.VISIT, 3), entry(Mode.HOSTED_VISIT, 1),
                entry(Mode.PHONE_CALL, 2), entry(Mode.NEGOTIATION, 1), entry(Mode.EMBASSY_CHANNEL, 1));
        // later contacts are not counted yet
        assertThat(asOf("2020-12-31").countsByRank()).containsExactly(entry(4, 4), entry(3, 1));
    }

    @Test
    void offersCloseWhenAHeldContactAtTheSameOrAHigherLevelFollows() {
        // before the March visit the January invitation is open
        assertThat(asOf("2019-02-01").openOffers()).containsExactly(INVITED_2019);
        // the visit closes it; the deputies' proposal is open until October's minister visit
        assertThat(asOf("2019-06-01").openOffers()).containsExactly(DEPUTIES_PROPOSED);
        assertThat(asOf("2019-10-01").openOffers()).isEmpty();
        // a later held contact at a lower level (ambassador, 2021) closes nothing
        assertThat(asOf("2022-12-31").openOffers()).containsExactly(CALL_PROPOSED, VISIT_INVITED);
        // a held contact on the same day as the offer does not follow it
        Contact sameDay = held("2020-05-05", Level.HEAD_OF_STATE, Mode.PHONE_CALL);
        assertThat(DyadSummary.of(PAIR, List.of(CALL_PROPOSED, sameDay), LocalDate.of(2020, 6, 1), 12).openOffers())
                .containsExactly(CALL_PROPOSED);
        Contact nextDay = held("2020-05-06", Level.HEAD_OF_STATE, Mode.PHONE_CALL);
        assertThat(DyadSummary.of(PAIR, List.of(CALL_PROPOSED, nextDay), LocalDate.of(2020, 6, 1), 12).openOffers())
                .isEmpty();
        // scheduled counts as an offer; declined and cancelled do not
        Contact scheduled = contact("2023-01-10", null, Level.OFFICIAL, Level.OFFICIAL, Mode.VIDEO_CALL,
                Status.SCHEDULED);
        Contact cancelled = contact("2023-01-11", null, Level.OFFICIAL, Level.OFFICIAL, Mode.VIDEO_CALL,
                Status.CANCELLED);
        List<Contact> more = new ArrayList<>(HISTORY);
        more.addAll(List.of(scheduled, cancelled));
        assertThat(DyadSummary.of(PAIR, more, LocalDate.of(2023, 2, 1), 12).openOffers())
                .containsExactly(CALL_PROPOSED, VISIT_INVITED, scheduled);
    }

    @Test
    void sentencesForNoneOneAndSeveralOffers() {
        assertThat(asOf("2022-12-31").sentence()).isEqualTo("Australia–Indonesia: held contacts at ambassador level "
                + "since Jan 1, 2021; open: a minister phone call (proposed, May 5, 2020), a minister visit (invited, "
                + "Jun 1, 2022).");
        assertThat(asOf("2019-02-01").sentence()).isEqualTo(
                "Australia–Indonesia: no held contact on record as of Feb 1, 2019; open: a minister visit (invited, Jan 2019).");
        assertThat(asOf("2019-10-01").sentence()).isEqualTo(
                "Australia–Indonesia: held contacts at minister level since Mar 11, 2019; no open offers.");
        assertThat(asOf("2020-12-31").sentence()).isEqualTo("Australia–Indonesia: no held contact in the 12 months to "
                + "Dec 31, 2020 (the last, at minister level, in Oct 2019); open: a minister phone call (proposed, May 5, 2020).");
        assertThat(DyadSummary.of(PAIR, List.of(), LocalDate.of(2020, 1, 1), 12).sentence())
                .isEqualTo("Australia–Indonesia: no held contact on record as of Jan 1, 2020; no open offers.");
    }

    @Test
    void theSentenceNamesEachOpenOfferOnceAndStaysShort() {
        List<Contact> history = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) { // ten reports of one proposal, as unmerged event data gives them
            history.add(contact("2018-06-03", null, Level.HEAD_OF_STATE, Level.HEAD_OF_STATE, Mode.STATEMENT,
                    Status.PROPOSED));
        }
        String once = DyadSummary.of(PAIR, history, LocalDate.of(2018, 7, 1), 12).sentence();
        assertThat(once).isEqualTo("Australia–Indonesia: no held contact on record as of Jul 1, 2018; open: "
                + "a head-of-state statement (proposed, Jun 3, 2018).");
        for (int day = 10; day < 15; day++) {
            history.add(contact("2018-06-" + day, null, Level.MINISTER, Level.MINISTER, Mode.VISIT, Status.INVITED));
        }
        String shortened = DyadSummary.of(PAIR, history, LocalDate.of(2018, 7, 1), 12).sentence();
        assertThat(shortened).as("one invitation repeated on five days").isEqualTo("Australia–Indonesia: no held "
                + "contact on record as of Jul 1, 2018; open: a head-of-state statement (proposed, Jun 3, 2018), "
                + "a minister visit (invited, Jun 10, 2018 – Jun 14, 2018).");
        for (Mode mode : List.of(Mode.PHONE_CALL, Mode.VIDEO_CALL, Mode.CORRESPONDENCE, Mode.NEGOTIATION)) {
            history.add(contact("2018-06-20", null, Level.MINISTER, Level.MINISTER, mode, Status.PROPOSED));
        }
        String kinds = DyadSummary.of(PAIR, history, LocalDate.of(2018, 7, 1), 12).sentence();
        assertThat(kinds).as("six kinds of offer").isEqualTo("Australia–Indonesia: no held contact on record as of "
                + "Jul 1, 2018; open: a head-of-state statement (proposed, Jun 3, 2018), a minister visit (invited, "
                + "Jun 10, 2018 – Jun 14, 2018), a minister phone call (proposed, Jun 20, 2018) and 3 more.");
    }

    @Test
    void sentencesNameTopLevelsAsAdjectivesWithTheRightArticle() {
        Contact heads = held("2020-12-10", Level.HEAD_OF_GOVERNMENT, Mode.THIRD_LOCATION);
        Contact offer = contact("2021-05-01", null, Level.AMBASSADOR, Level.HEAD_OF_STATE, Mode.VISIT, Status.INVITED);
        Contact state = contact("2021-05-02", null, Level.HEAD_OF_STATE, Level.UNKNOWN, Mode.PHONE_CALL,
                Status.PROPOSED);
        Contact vague = Contact.builder().a(Side.of(ID, Level.UNKNOWN)).b(Side.of(AU, Level.UNKNOWN))
                .date(PartialDate.parse("2021")).approximate(true).mode(Mode.OTHER).status(Status.PROPOSED).build();
        DyadSummary summary = DyadSummary.of(PAIR, List.of(heads, offer, state, vague), LocalDate.of(2021, 6, 1), 12);
        assertThat(summary.sentence()).isEqualTo("Australia–Indonesia: held contacts at head-of-government level "
                + "since Dec 10, 2020; open: a contact (proposed, c. 2021), an ambassador visit (invited, May 1, 2021), "
                + "a head-of-state phone call (proposed, May 2, 2021).");
        DyadSummary later = DyadSummary.of(PAIR, List.of(heads, state), LocalDate.of(2023, 1, 1), 12);
        assertThat(later.sentence()).isEqualTo("Australia–Indonesia: no held contact in the 12 months to Jan 1, 2023 "
                + "(the last, at head-of-government level, on Dec 10, 2020); open: a head-of-state phone call "
                + "(proposed, May 2, 2021).");
    }

    @Test
    void theSeedAsOfJanuary2022() {
        List<Contact> seed = SeedData.contacts();
        Dyad canadaRussia = Dyad.parse("CA-RU");
        DyadSummary summary = DyadSummary.of(canadaRussia, seed, LocalDate.of(2022, 1, 31), 12);
        assertThat(summary.ceiling()).contains(Level.AMBASSADOR);
        assertThat(summary.ceilingSince()).contains(LocalDate.of(2022, 1, 29));
        assertThat(summary.lastHeld()).singleElement().extracting(DyadSummary.LastHeld::level)
                .isEqualTo(Level.AMBASSADOR);
        assertThat(summary.openOffers()).extracting(Contact::level)
                .containsExactly(Level.MINISTER, Level.HEAD_OF_STATE);
        assertThat(summary.sentence()).isEqualTo("Canada–Russia: held contacts at ambassador level since Jan 29, 2022; "
                + "open: a minister visit (invited, Jan 29, 2022), a head-of-state phone call (proposed, Jan 29, 2022).");
        // before the report there is nothing on record
        assertThat(DyadSummary.of(canadaRussia, seed, LocalDate.of(2022, 1, 28), 12).sentence())
                .isEqualTo("Canada–Russia: no held contact on record as of Jan 28, 2022; no open offers.");
    }

    @Test
    void theSeedAsOfNovember2026() {
        DyadSummary summary = DyadSummary.of(Dyad.parse("RU-CA"), SeedData.contacts(), LocalDate.of(2026, 11, 28), 12);
        assertThat(summary.ceiling()).isEmpty();
        assertThat(summary.ceilingSince()).contains(LocalDate.of(2023, 1, 30));
        assertThat(summary.countsByRank()).containsExactly(entry(5, 1), entry(4, 1), entry(2, 1));
        assertThat(summary.countsByMode()).containsExactly(entry(Mode.VISIT, 1), entry(Mode.PHONE_CALL, 1),
                entry(Mode.EMBASSY_CHANNEL, 1));
        assertThat(summary.sentence()).isEqualTo("Canada–Russia: no held contact in the 12 months to Nov 28, 2026 "
                + "(the last, at ambassador level, on Jan 29, 2022); open: a minister visit (invited, Jan 29, 2022), "
                + "a head-of-state phone call (proposed, Jan 29, 2022).");
    }

    private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
        return java.util.Map.entry(key, value);
    }
}
