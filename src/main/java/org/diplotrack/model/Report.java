package org.diplotrack.model;

import java.time.LocalDate;
import org.diplotrack.model.l10n.Localization;

/**
 * One dataset row that reports a contact, as the dataset coded it: GDELT and ICEWS code news
 * reports, not events, so one contact may carry many (decision 0025). Everything the row said
 * that a researcher may regroup or weigh by later is kept; fields a dataset lacks are null.
 *
 * @param dataset "GDELT 1.0", "GDELT 2.0", "ICEWS"
 * @param eventId the row's own id in its dataset (ICEWS ids are unique only with the date)
 * @param code the raw CAMEO event code
 * @param date the event's day as the row gives it
 * @param reported the day the row was added (GDELT DATEADDED); null where the dataset has none
 * @param actorA the first actor as coded (GDELT Actor1Name, ICEWS Source Name)
 * @param actorB the second actor as coded
 * @param level the contact level this row alone gives
 * @param mode the form this row alone gives, in the row's own actor order
 * @param url the article (GDELT SOURCEURL)
 * @param story ICEWS Story ID
 * @param sentence ICEWS Sentence Number
 * @param sources GDELT NumSources
 * @param articles GDELT NumArticles
 * @param root GDELT IsRootEvent
 */
public record Report(String dataset, String eventId, String code, PartialDate date, LocalDate reported,
                     String actorA, String actorB, Level level, Mode mode, String file, String url,
                     String story, Integer sentence, Integer sources, Integer articles, Boolean root) {

    public Report {
        if (dataset == null || eventId == null || date == null) {
            throw new IllegalArgumentException(Localization.text("error.report.incomplete"));
        }
        code = Text.blankToNull(code);
        actorA = Text.blankToNull(actorA);
        actorB = Text.blankToNull(actorB);
        level = level == null ? Level.UNKNOWN : level;
        mode = mode == null ? Mode.OTHER : mode;
        file = Text.blankToNull(file);
        url = Text.blankToNull(url);
        story = Text.blankToNull(story);
    }

    /**
     * Where a reader can find what was reported: the article's address, else the ICEWS story
     * and sentence; null when the row gives neither.
     */
    public String where() {
        if (url != null) {
            return url;
        }
        if (story == null) {
            return null;
        }
        return sentence == null ? Localization.text("report.story", story)
                : Localization.text("report.storySentence", story, String.valueOf(sentence));
    }

    /** What identifies the source this report comes from: its article, else its story, else its own row. */
    public String sourceKey() {
        return url != null ? url : story != null ? dataset + " story " + story : dataset + " " + eventId;
    }

    /**
     * The passage this report was coded from: its article (GDELT codes an article's events once
     * each), else its ICEWS story and sentence, else its own row.
     */
    public String passage() {
        if (url != null) {
            return url;
        }
        return story == null ? dataset + " " + eventId : dataset + " story " + story + " sentence " + sentence;
    }

    /**
     * "Kim Yong-chol → Mike Pompeo": the actors as coded, joined by {@code between}, "?" for a
     * missing one; null when neither is coded.
     */
    public String actors(String between) {
        if (actorA == null && actorB == null) {
            return null;
        }
        return (actorA == null ? "?" : actorA) + between + (actorB == null ? "?" : actorB);
    }

    /** Days from the event to its report; null when the report date is unknown. */
    public Long lag() {
        return reported == null ? null : java.time.temporal.ChronoUnit.DAYS.between(date.firstDay(), reported);
    }
}
