package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the reports of one contact make that contact (decision 0025): its form, sides and place. */
class ContactMergeTest {
    private static final Country KP = Country.of("KP");
    private static final Country US = Country.of("US");

    private static Contact report(Country a, Country b, Mode mode, String location, String story) {
        Report r = new Report("ICEWS", "e" + story + mode + location, "040", PartialDate.parse("2018-06-01"), null,
                null, null, Level.UNKNOWN, mode, "f", null, story, 1, null, null, null);
        return Contact.builder().a(Side.of(a, Level.UNKNOWN)).b(Side.of(b, Level.UNKNOWN))
                .date(PartialDate.parse("2018-06-01")).mode(mode).status(Status.HELD).location(location)
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "f", r.eventId(), "040"))
                .reports(List.of(r)).build();
    }

    @Test
    void aMeetingTakesThePlaceItsInPersonReportsNameMostACityFirst() {
        Contact merged = ContactMerge.combine(List.of(
                report(KP, US, Mode.OTHER, "Seoul, South Korea", "1"), // a consult, geocoded where it was written
                report(KP, US, Mode.VISIT, "United States", "2"),
                report(US, KP, Mode.HOSTED_VISIT, "Washington D.C., United States", "3"),
                report(KP, US, Mode.VISIT, "New York City, United States", "4"),
                report(KP, US, Mode.VISIT, "Washington D.C., United States", "5")));
        assertThat(merged.mode()).isEqualTo(Mode.VISIT);
        assertThat(merged.a().country()).as("the visitor first").isEqualTo(KP);
        assertThat(merged.location()).isEqualTo("Washington D.C., United States");
        assertThat(merged.reports()).hasSize(5);
    }

    private static final Country RU = Country.of("RU");

    /** One report of a visit by {@code actorA} (named {@code personA}, or no one) to {@code actorB}. */
    private static Contact named(String dataset, String story, String actorA, String personA, String actorB,
                                 String personB) {
        Report r = new Report(dataset, dataset + story, "042", PartialDate.parse("2018-05-31"), null, actorA, actorB,
                Level.UNKNOWN, Mode.VISIT, "f", dataset.equals("ICEWS") ? null : "https://news.example/" + story,
                dataset.equals("ICEWS") ? story : null, 1, null, null, null);
        return Contact.builder()
                .a(new Side(RU, Level.UNKNOWN, null, personA == null ? List.of() : List.of(new Participant(personA, null))))
                .b(new Side(KP, Level.UNKNOWN, null, personB == null ? List.of() : List.of(new Participant(personB, null))))
                .date(PartialDate.parse("2018-05-31")).mode(Mode.VISIT).status(Status.HELD)
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, dataset, "f", r.eventId(), "042"))
                .reports(List.of(r)).build();
    }

    @Test
    void reportsJoinAcrossSourcesAndDatasetsWhenTheyNameTheSamePeople() {
        List<ContactMerge.Group> groups = ContactMerge.group(List.of(), List.of(
                named("ICEWS", "1", "Sergey Viktorovich Lavrov", "Sergey Lavrov", "Kim Jong-Un", "Kim Jong-Un"),
                named("GDELT 2.0", "2", "SERGEY LAVROV", "Sergey Lavrov", "KIM JONG-UN", "Kim Jong-Un"),
                named("ICEWS", "3", "Sergey Viktorovich Lavrov", "Sergey Lavrov", "North Korea", null),
                named("ICEWS", "4", "Sergey Viktorovich Lavrov", "Sergey Lavrov", "North Korea", null)));
        assertThat(groups).extracting(g -> g.incoming().size()).as("the two that name both; each story naming"
                + " no one on the North Korean side alone").containsExactly(2, 1, 1);
    }

    @Test
    void aVisitTakesAPlaceInTheHostsCountryOverTheVisitorsDatelines() {
        Contact merged = ContactMerge.combine(List.of(
                report(KP, US, Mode.VISIT, "Pyongyang, North Korea", "1"),
                report(KP, US, Mode.NEGOTIATION, "Pyongyang, North Korea", "2"),
                report(US, KP, Mode.HOSTED_VISIT, "Pyongyang, North Korea", "3"),
                report(KP, US, Mode.VISIT, "New York City, United States", "4")));
        assertThat(merged.a().country()).as("the visitor first").isEqualTo(KP);
        assertThat(merged.location()).isEqualTo("New York City, United States");
        // With no place abroad, the place named stays (and the detail pane doubts it).
        assertThat(ContactMerge.location(List.of(report(KP, US, Mode.VISIT, "Pyongyang, North Korea", "1")),
                Mode.VISIT)).isEqualTo("Pyongyang, North Korea");
    }

    @Test
    void aCallHasNoPlace() {
        Contact merged = ContactMerge.combine(List.of(report(KP, US, Mode.PHONE_CALL, "Pyongyang, North Korea", "1"),
                report(US, KP, Mode.PHONE_CALL, "Washington D.C., United States", "2")));
        assertThat(merged.mode()).isEqualTo(Mode.PHONE_CALL);
        assertThat(merged.location()).isNull();
    }

    @Test
    void aBareCountryIsKeptWhenNoReportNamesACity() {
        assertThat(ContactMerge.location(List.of(report(KP, US, Mode.VISIT, "United States", "1"),
                report(KP, US, Mode.VISIT, null, "2")), Mode.VISIT)).isEqualTo("United States");
    }

    @Test
    void byHandTwoDatasetContactsMergeAsTheImportWould() {
        Contact first = report(KP, US, Mode.VISIT, "Washington D.C., United States", "1").withId(7, null, null);
        Contact second = report(US, KP, Mode.HOSTED_VISIT, "Washington D.C., United States", "2").withId(9, null, null);
        Contact merged = ContactMerge.byHand(first, second);
        assertThat(merged.id()).isEqualTo(7);
        assertThat(merged.reports()).hasSize(2);
        assertThat(merged.a().country()).isEqualTo(KP);
    }

    @Test
    void byHandAManualContactTakesTheOthersPeopleAndSources() {
        Contact manual = Contact.builder()
                .a(new Side(US, Level.MINISTER, null, List.of(new Participant("Mike Pompeo", null))))
                .b(Side.of(KP, Level.UNKNOWN)).date(PartialDate.parse("2018-06-01")).mode(Mode.VISIT)
                .status(Status.HELD).sources(List.of(new Source("Yonhap", null, null, null, null, null, null)))
                .build().withId(3, null, null);
        Contact other = report(KP, US, Mode.VISIT, null, "2");
        other = new Contact(other.id(), new Side(KP, Level.UNKNOWN, null, List.of(new Participant("Kim Yong-chol", null))),
                other.b(), other.date(), null, false, other.mode(), other.setting(), other.status(), null, null,
                List.of(), List.of(new Source("KCNA", null, null, null, null, null, null)), other.provenance(),
                other.reports(), null, null);
        Contact merged = ContactMerge.byHand(manual, other);
        assertThat(merged.id()).isEqualTo(3);
        assertThat(merged.a().participants()).extracting(Participant::name).containsExactly("Mike Pompeo");
        assertThat(merged.b().participants()).extracting(Participant::name).containsExactly("Kim Yong-chol");
        assertThat(merged.sources()).extracting(Source::publication).containsExactly("Yonhap", "KCNA");
        assertThat(merged.reports()).hasSize(1);
        assertThat(merged.a().level()).isEqualTo(Level.MINISTER);
    }

    @Test
    void byHandOnlyOnePair() {
        Contact other = report(KP, Country.of("CN"), Mode.VISIT, null, "2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContactMerge.byHand(report(KP, US, Mode.VISIT, null,
                "1"), other)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two pairs");
    }

    @Test
    void aReportSplitOutBecomesAContactOfItsOwn() {
        Contact merged = ContactMerge.combine(List.of(report(KP, US, Mode.VISIT, "Washington D.C., United States", "1"),
                report(KP, US, Mode.OTHER, "Seoul, South Korea", "2")));
        Report consult = merged.reports().get(1);
        List<Contact> parts = ContactMerge.splitOut(merged, consult);
        assertThat(parts.get(0).reports()).hasSize(1).doesNotContain(consult);
        assertThat(parts.get(0).mode()).isEqualTo(Mode.VISIT);
        Contact alone = parts.get(1);
        assertThat(alone.reports()).containsExactly(consult);
        assertThat(alone.mode()).isEqualTo(Mode.OTHER);
        assertThat(alone.dyad()).isEqualTo(merged.dyad());
        assertThat(alone.provenance().eventId()).isEqualTo(consult.eventId());
        assertThat(alone.level()).as("a report does not say which side had its level").isEqualTo(Level.UNKNOWN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContactMerge.splitOut(parts.get(0),
                parts.get(0).reports().get(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
