package org.diplotrack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTicksTest {
    private static final double CHAR_WIDTH = 7;

    private static List<TimeTicks.Tick> ticks(LocalDate from, LocalDate to, double pixels) {
        TimeScale scale = new TimeScale(from.toEpochDay(), to.toEpochDay(), 0, pixels);
        return TimeTicks.ticks(scale, s -> s.length() * CHAR_WIDTH, 10);
    }

    @ParameterizedTest(name = "{0} days on 800 px")
    @ValueSource(ints = {3, 20, 90, 400, 2000, 10000, 40000, 200000})
    void labelsNeverOverlapAtAnyZoom(int days) {
        LocalDate from = LocalDate.of(1950, 3, 7);
        TimeScale scale = new TimeScale(from.toEpochDay(), from.toEpochDay() + days, 0, 800);
        List<TimeTicks.Tick> ticks = TimeTicks.ticks(scale, s -> s.length() * CHAR_WIDTH, 10);
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < ticks.size(); i++) {
            double left = scale.toX(ticks.get(i - 1).date().toEpochDay()) + ticks.get(i - 1).label().length() * CHAR_WIDTH / 2;
            double right = scale.toX(ticks.get(i).date().toEpochDay()) - ticks.get(i).label().length() * CHAR_WIDTH / 2;
            assertThat(right - left).as("gap between %s and %s", ticks.get(i - 1), ticks.get(i)).isGreaterThan(0);
        }
    }

    @Test
    void adaptsFromYearsToDays() {
        assertThat(ticks(LocalDate.of(1990, 1, 1), LocalDate.of(2025, 1, 1), 800))
                .allSatisfy(t -> assertThat(t.label()).matches("\\d{4}"))
                .allSatisfy(t -> assertThat(t.date().getDayOfYear()).isEqualTo(1));
        assertThat(ticks(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1), 800))
                .allSatisfy(t -> assertThat(t.label()).matches("[A-Z][a-z]{2} \\d{4}"));
        assertThat(ticks(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 2, 5), 1200))
                .allSatisfy(t -> assertThat(t.label()).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}"));
        assertThat(ticks(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 2, 5), 2400))
                .extracting(TimeTicks.Tick::label).contains("29 Jan 2022", "30 Jan 2022");
    }

    @Test
    void ticksStayInsideTheScale() {
        LocalDate from = LocalDate.of(2021, 7, 15);
        LocalDate to = LocalDate.of(2022, 8, 12);
        assertThat(ticks(from, to, 900)).allSatisfy(t -> assertThat(t.date()).isBetween(from, to));
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {400, 1600})
    void everyZoomFromFiftyYearsToOneDayHasOrderedUniqueLabelsThatDoNotOverlap(int pixels) {
        java.util.Random random = new java.util.Random(pixels);
        for (double span = 50 * 365.25; span >= 1; span /= 1.07) {
            double start = LocalDate.of(1960, 1, 1).toEpochDay() + random.nextDouble() * 20_000;
            TimeScale scale = new TimeScale(start, start + span, 0, pixels);
            List<TimeTicks.Tick> ticks = TimeTicks.ticks(scale, s -> s.length() * CHAR_WIDTH, 10);
            assertThat(ticks).as("span %.1f days", span).isNotEmpty();
            assertThat(ticks.stream().map(TimeTicks.Tick::label).distinct().count()).as("unique labels, span %.1f", span)
                    .isEqualTo(ticks.size());
            for (int k = 1; k < ticks.size(); k++) {
                TimeTicks.Tick a = ticks.get(k - 1);
                TimeTicks.Tick b = ticks.get(k);
                assertThat(b.date()).isAfter(a.date());
                double gap = (scale.toX(b.date().toEpochDay()) - b.label().length() * CHAR_WIDTH / 2)
                        - (scale.toX(a.date().toEpochDay()) + a.label().length() * CHAR_WIDTH / 2);
                assertThat(gap).as("gap between %s and %s at span %.1f", a, b, span).isGreaterThan(0);
            }
        }
    }
}
