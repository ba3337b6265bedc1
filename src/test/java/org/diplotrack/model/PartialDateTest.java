package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void parsesEachPrecisionAndPrintsItBack() {
        assertThat(PartialDate.parse("2022").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("2022-01").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2022-01-29").precision()).isEqualTo(PartialDate.Precision.DAY);
        for (String text : List.of("2022", "2022-01", "2022-01-29", "0999-12-31")) {
            assertThat(PartialDate.parse(text)).hasToString(text);
        }
        assertThat(PartialDate.parse(" 2024-02-29 ")).isEqualTo(new PartialDate(2024, 2, 29));
    }

    @Test
    void coversItsWholePeriod() {
        PartialDate month = PartialDate.parse("2024-02");
        assertThat(month.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        PartialDate year = PartialDate.parse("2022");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void ordersByFirstDayThenLessPreciseFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2022-01-29"),
                PartialDate.parse("2021-12-31"), PartialDate.parse("2022-01"), PartialDate.parse("2022"),
                PartialDate.parse("2022-01-01"), PartialDate.parse("2023")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2021-12-31", "2022", "2022-01", "2022-01-01", "2022-01-29", "2023");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22", "2022-1", "2022/01/29", "29.01.2022", "2022-01-29T10:00", "yesterday"})
    void rejectsMalformedTextQuotingIt(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void rejectsImpossibleDatesSayingWhy() {
        assertThatThrownBy(() -> PartialDate.parse("2022-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).hasMessageContaining("day 29 does not exist");
        assertThatThrownBy(() -> PartialDate.parse("0000")).hasMessageContaining("year 0");
        assertThatThrownBy(() -> PartialDate.parse(null)).hasMessageContaining("missing");
    }
}
