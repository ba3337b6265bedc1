package org.diplotrack.io;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/**
 * One dataset event's parts, already read from its row, turned into a contact or a skip reason.
 * The checks run in the order the import report lists them: contact code, actors that are not
 * their state (side A's reason first), countries, date.
 */
record EventRow(long line, String dataset, String file, String eventId, String eventCode, String date,
                Actor a, Actor b, String summaryVerb, String location, String publication, String url,
                Coded coded) {

    /**
     * What the row says about its report rather than its event, kept on the contact's
     * {@link Report}: the actors' names as coded, the day it was added, its story and sentence
     * (ICEWS), its sources, articles and whether it is a root event (GDELT). Nulls where the
     * dataset has no such column.
     */
    record Coded(String actorA, String actorB, LocalDate reported, String story, Integer sentence,
                 Integer sources, Integer articles, Boolean root) {
    }

    /**
     * One actor: its country (null when unknown or missing), level, portfolio, the person or
     * office taking part (null when the actor is only a country), and why it is not its state
     * (null when it is: {@link ActorRules}).
     */
    record Actor(Country country, Level level, String portfolio, Participant participant, SkipReason notState) {
        Actor(Country country, Level level, String portfolio, Participant participant) {
            this(country, level, portfolio, participant, null);
        }
    }

    RowResult toResult() {
        CameoTables.ContactCode code = CameoTables.contactCode(eventCode);
        if (code == null) {
            return RowResult.skip(line, SkipReason.NOT_CONTACT_CODE);
        }
        if (a.notState() != null) {
            return RowResult.skip(line, a.notState());
        }
        if (b.notState() != null) {
            return RowResult.skip(line, b.notState());
        }
        if (a.country() == null || b.country() == null) {
            return RowResult.skip(line, SkipReason.UNKNOWN_COUNTRY);
        }
        if (a.country().equals(b.country())) {
            return RowResult.skip(line, SkipReason.SAME_COUNTRY);
        }
        PartialDate day = parseDate(date);
        if (day == null) {
            return RowResult.skip(line, SkipReason.BAD_DATE);
        }
        String verb = summaryVerb == null || summaryVerb.isEmpty() ? code.label() : summaryVerb;
        String who = names();
        String link = url != null && Source.isWebUrl(url) ? url : null;
        Report report = new Report(dataset, eventId, eventCode, day, coded.reported(), SharedStrings.of(coded.actorA()),
                SharedStrings.of(coded.actorB()), Level.ofReported(a.level(), b.level(), code.mode()), code.mode(),
                file, link, coded.story(), coded.sentence(), coded.sources(), coded.articles(), coded.root());
        return RowResult.contact(line, Contact.builder()
                .a(side(a)).b(side(b)).date(day)
                .mode(code.mode()).status(code.status())
                .location(SharedStrings.of(location))
                .summary(SharedStrings.of(who.isEmpty() ? verb : verb + ": " + who))
                .sources(source())
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, dataset, file, eventId, eventCode))
                .reports(List.of(report))
                .build());
    }

    private String names() {
        String first = a.participant() == null ? a.country().name() : a.participant().label();
        String second = b.participant() == null ? b.country().name() : b.participant().label();
        return first + " – " + second;
    }

    private static Side side(Actor actor) {
        List<Participant> people = actor.participant() == null ? List.of() : List.of(actor.participant());
        return new Side(actor.country(), actor.level(), actor.portfolio(), people);
    }

    private List<Source> source() {
        String link = url != null && Source.isWebUrl(url) ? url : null;
        String from = SharedStrings.of(publication != null ? publication : link == null ? null : host(link));
        if (from == null && link == null) {
            return List.of();
        }
        return List.of(new Source(from, null, null, link, null, null, null));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** YYYYMMDD (GDELT) or YYYY-MM-DD (ICEWS); null when it is neither or not a real day. */
    static PartialDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String iso = text.length() == 8 && text.chars().allMatch(Character::isDigit)
                ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6) : text;
        if (iso.length() != 10) {
            return null;
        }
        try {
            return PartialDate.parse(iso);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A whole number, or null when the cell is empty or not one (the row is kept: it is only provenance). */
    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
