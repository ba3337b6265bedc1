package org.diplotrack.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.diplotrack.chart.CeilingSteps.Step;
import org.diplotrack.chart.TimelineData.Mark;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.DisplayFormats;
import org.junit.jupiter.api.Test;

class ViewportAndCeilingTest {

    @Test
    void zoomKeepsTheDayUnderThePointerInPlace() {
        Viewport v = new Viewport(1000, 2000);
        Viewport in = v.zoom(0.5, 1250);
        assertThat(in.span()).isEqualTo(500);
        assertThat((1250 - in.startDay()) / in.span()).isCloseTo((1250 - v.startDay()) / v.span(), within(1e-9));
        assertThat(v.zoom(1e-9, 1500).span()).isEqualTo(Viewport.MIN_SPAN);
        assertThat(v.zoom(1e9, 1500).span()).isEqualTo(Viewport.MAX_SPAN);
        assertThat(v.pan(-100)).isEqualTo(new Viewport(900, 1900));
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static Mark held(long id, String day, Level level) {
        return new Mark(id, day(day), day(day), false, level, Mode.VISIT, Status.HELD);
    }

    @Test
    void theCeilingFallsWhenHighLevelContactsAgeOutOfTheWindow() {
        TimelineData data = TimelineData.ofMarks(List.of(
                held(1, "2019-05-01", Level.HEAD_OF_STATE),
                held(2, "2020-03-01", Level.MINISTER),
                held(3, "2022-01-29", Level.AMBASSADOR),
                new Mark(4, day("2022-06-01"), day("2022-06-01"), false, Level.MINISTER, Mode.VISIT, Status.INVITED),
                new Mark(5, day("2023-01-01"), day("2023-01-01"), false, Level.UNKNOWN, Mode.OTHER, Status.HELD)));
        List<Step> steps = CeilingSteps.of(data, 12);
        assertThat(steps).extracting(Step::rank).containsExactly(5, 4, -1, 2, -1);
        assertThat(steps.get(0).day()).isEqualTo(day("2019-05-01"));
        assertThat(steps.get(1).day()).as("the head-of-state visit ages out a year later")
                .isBetween(day("2020-05-01"), day("2020-05-03"));
        assertThat(steps.get(3).day()).isEqualTo(day("2022-01-29"));
        assertThat(steps.get(4).day()).isBetween(day("2023-01-29"), day("2023-01-31"));

        assertThat(CeilingSteps.at(steps, day("2019-04-30"))).as("before the first contact").isNull();
        assertThat(CeilingSteps.at(steps, day("2022-06-30"))).isEqualTo(steps.get(3));
        assertThat(TimelinePainter.ceilingSince(CeilingSteps.at(steps, day("2022-06-30")), LocalDate.of(2022, 6, 30)))
                .isEqualTo("Ambassador since Jan 29, 2022, as of Jun 30, 2022");
        assertThat(CeilingSteps.at(steps, day("2030-01-01")).rank()).as("none after the last ages out").isEqualTo(-1);
        assertThat(TimelinePainter.ceilingSince(steps.get(4), LocalDate.of(2026, 11, 28)))
                .isEqualTo("No held contact in 12 months since "
                        + DisplayFormats.day(LocalDate.ofEpochDay(steps.get(4).day())) + ", as of Nov 28, 2026");
    }
}
