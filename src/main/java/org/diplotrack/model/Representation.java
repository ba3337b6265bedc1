package org.diplotrack.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.model.l10n.Localization;

/**
 * Who headed one side's mission in the other on a day, and since when (issue 17): the summary's
 * word on representation, beside its sentence on contacts. {@code now} is the interval of the
 * side's {@link RepresentationTimeline} that holds the day: a head in post, a gap (no one in
 * post), or null when nothing is on record that early.
 */
public record Representation(RepresentationTimeline side, RepresentationTimeline.Interval now) {

    /** Both sides of {@code dyad} on {@code day}: the first country's mission in the second, then the reverse. */
    public static List<Representation> of(Collection<Mission> missions, Dyad dyad, LocalDate day) {
        return Missions.timelines(missions, dyad).stream()
                .map(side -> new Representation(side, side.at(day).orElse(null))).toList();
    }

    /** Whether anything of this side is on record by the day. */
    public boolean known() {
        return now != null;
    }

    /** "United States → Russia: ambassador Lynne Tracy since Jan 30, 2023", in the language in use. */
    public String phrase() {
        String sending = side.sending().label();
        String receiving = side.receiving().label();
        if (now == null) {
            return Localization.text("summary.representation.none", sending, receiving);
        }
        String since = DisplayFormats.day(now.first());
        if (now.gap()) {
            return Localization.text("summary.representation.vacant", sending, receiving, since);
        }
        Mission m = now.mission();
        // With predecessors the head may be the Soviet Union's: the phrase names the mission's own states.
        sending = m.sending().label();
        receiving = m.receiving().label();
        return m.head() == null
                ? Localization.text("summary.representation.unnamed", sending, receiving, m.rank().label(), since)
                : Localization.text("summary.representation.head", sending, receiving, m.rank().label(), m.head(), since);
    }

    /** The sentence for both sides (as {@link #of} gives them), or empty when neither has anything on record by the day. */
    public static String sentence(List<Representation> sides) {
        if (sides.size() != 2 || sides.stream().noneMatch(Representation::known)) {
            return "";
        }
        return Localization.text("summary.representation", sides.get(0).phrase(), sides.get(1).phrase());
    }
}
