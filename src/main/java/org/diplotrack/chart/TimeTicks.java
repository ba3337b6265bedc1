package org.diplotrack.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.diplotrack.model.l10n.Localization;

/**
 * Chooses calendar-aligned ticks for a time scale, from centuries down to days: the finest step
 * whose labels fit side by side without overlapping.
 */
public final class TimeTicks {

    /** One tick: its day and its label. */
    public record Tick(LocalDate date, String label) {
    }

    private enum Unit { DAY, MONTH, YEAR }

    private record Step(Unit unit, int count, DateTimeFormatter format) {
        double approximateDays() {
            return switch (unit) {
                case DAY -> count;
                case MONTH -> count * 30.44;
                case YEAR -> count * 365.25;
            };
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    private static final List<Step> STEPS = List.of(
            new Step(Unit.DAY, 1, DAY), new Step(Unit.DAY, 2, DAY), new Step(Unit.DAY, 7, DAY),
            new Step(Unit.DAY, 14, DAY), new Step(Unit.MONTH, 1, MONTH), new Step(Unit.MONTH, 3, MONTH),
            new Step(Unit.MONTH, 6, MONTH), new Step(Unit.YEAR, 1, YEAR), new Step(Unit.YEAR, 2, YEAR),
            new Step(Unit.YEAR, 5, YEAR), new Step(Unit.YEAR, 10, YEAR), new Step(Unit.YEAR, 20, YEAR),
            new Step(Unit.YEAR, 50, YEAR), new Step(Unit.YEAR, 100, YEAR), new Step(Unit.YEAR, 500, YEAR));

    private TimeTicks() {
    }

    /**
     * @param labelWidth measures a label in pixels
     * @param gap        the least free space between two labels, in pixels
     */
    public static List<Tick> ticks(TimeScale scale, ToDoubleFunction<String> labelWidth, double gap) {
        LocalDate sampleDay = LocalDate.ofEpochDay((long) Math.floor(scale.startDay()));
        for (Step step : STEPS) {
            double spacing = step.approximateDays() * scale.pixelsPerDay() * 0.9;
            // Steps far too fine are passed over without listing (and measuring) all their ticks:
            // forty years by day would be 15,000 labels.
            if (spacing < gap || spacing < 0.7 * labelWidth.applyAsDouble(step.format().withLocale(Localization.locale()).format(sampleDay))) {
                continue;
            }
            List<Tick> ticks = ticks(scale, step);
            double widest = ticks.stream().mapToDouble(t -> labelWidth.applyAsDouble(t.label())).max().orElse(0);
            if (spacing >= widest + gap) {
                return ticks;
            }
        }
        return List.of();
    }

    private static List<Tick> ticks(TimeScale scale, Step step) {
        LocalDate end = LocalDate.ofEpochDay((long) Math.floor(scale.endDay()));
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d = first(LocalDate.ofEpochDay((long) Math.ceil(scale.startDay())), step);
             !d.isAfter(end); d = next(d, step)) {
            // Month names in the language in use ("Jan 2022", "janv. 2022", "янв. 2022").
            ticks.add(new Tick(d, step.format().withLocale(Localization.locale()).format(d)));
        }
        return ticks;
    }

    private static LocalDate first(LocalDate start, Step step) {
        return switch (step.unit()) {
            case DAY -> step.count() == 7 || step.count() == 14
                    ? start.plusDays((8 - start.getDayOfWeek().getValue()) % 7) : start;
            case MONTH -> {
                LocalDate d = start.withDayOfMonth(1);
                d = d.isBefore(start) ? d.plusMonths(1) : d;
                yield d.plusMonths((step.count() - (d.getMonthValue() - 1) % step.count()) % step.count());
            }
            case YEAR -> {
                int year = start.getDayOfYear() == 1 ? start.getYear() : start.getYear() + 1;
                year += (step.count() - Math.floorMod(year, step.count())) % step.count();
                yield LocalDate.of(year, 1, 1);
            }
        };
    }

    private static LocalDate next(LocalDate d, Step step) {
        return switch (step.unit()) {
            case DAY -> d.plusDays(step.count());
            case MONTH -> d.plusMonths(step.count());
            case YEAR -> d.plusYears(step.count());
        };
    }
}
