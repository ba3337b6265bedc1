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
}
