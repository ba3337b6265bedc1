package org.diplotrack.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.TimelineLayout;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timeline's own tooltips (a marker before its contact is read, a density bar) in each language. */
class TimelineTooltipTextTest {
    private static final long DAY = LocalDate.of(2022, 1, 29).toEpochDay();
    private static final TimelineData DATA = TimelineData.ofMarks(List.of(
            new TimelineData.Mark(1, DAY, DAY, false, Level.AMBASSADOR, Mode.EMBASSY_CHANNEL, Status.HELD),
            new TimelineData.Mark(2, DAY, DAY, true, Level.MINISTER, Mode.VISIT, Status.INVITED)));

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    private static TimelineLayout.Bin bin(int count) {
        return new TimelineLayout.Bin(count, 4, LocalDate.of(2020, 3, 1).toEpochDay(),
                LocalDate.of(2020, 4, 1).toEpochDay());
    }

    @Test
    void english() {
        assertThat(TimelineCanvas.mark(DATA, DATA.indexOf(1))).isEqualTo("Jan 29, 2022 · ambassador · embassy channel · held");
        assertThat(TimelineCanvas.mark(DATA, DATA.indexOf(2))).isEqualTo("c. Jan 29, 2022 · minister · visit · invited");
        assertThat(TimelineCanvas.describe(bin(5_000)))
                .isEqualTo("5,000 contacts, Mar 1, 2020 – Mar 31, 2020\nhighest level: Minister\nzoom in to see each one");
        assertThat(TimelineCanvas.describe(bin(1))).startsWith("1 contact, ");
    }

    @Test
    void french() {
        Localization.use(Locale.FRENCH);
        assertThat(TimelineCanvas.mark(DATA, DATA.indexOf(1))).isEqualTo("29 janv. 2022 · ambassadeur · canal de l’ambassade · tenu");
        assertThat(TimelineCanvas.describe(bin(5_000))).isEqualTo(
                "5\u202f000 contacts, 1er mars 2020 – 31 mars 2020\nniveau le plus élevé\u00a0: Ministre\nzoomez pour voir chaque contact");
        assertThat(TimelineCanvas.describe(bin(1))).startsWith("1 contact, ");
    }

    @Test
    void russianWithItsPluralForms() {
        Localization.use(Localization.RUSSIAN);
        assertThat(TimelineCanvas.mark(DATA, DATA.indexOf(2))).isEqualTo("ок. 29 янв. 2022 г. · министр · визит · приглашение");
        assertThat(TimelineCanvas.describe(bin(5_000))).isEqualTo("5\u00a0000 контактов, 1 мар. 2020 г. – 31 мар. 2020 г."
                + "\nвысший уровень: Министр\nувеличьте масштаб, чтобы увидеть каждый контакт");
        assertThat(List.of(1, 3, 21, 1_001)).extracting(n -> TimelineCanvas.describe(bin(n)).split(",")[0])
                .containsExactly("1 контакт", "3 контакта", "21 контакт", "1\u00a0001 контакт");
    }
}
