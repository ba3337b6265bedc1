package org.diplotrack.model;

import java.time.Instant;
import java.util.List;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.model.l10n.Localization;

/**
 * One dyadic diplomatic interaction, or an offer of one. Side A is the initiator, visitor or
 * caller when that is known. {@code id} is 0 until the contact is stored; {@code created} and
 * {@code modified} are set by the store.
 */
public record Contact(long id, Side a, Side b, PartialDate date, PartialDate endDate, boolean approximate,
                      Mode mode, Setting setting, Status status, String location, String summary,
                      List<String> tags, List<Source> sources, Provenance provenance, List<Report> reports,
                      Instant created, Instant modified) {

    public Contact {
        require(a, "side A");
        require(b, "side B");
        require(date, "date");
        require(mode, "mode");
        require(status, "status");
        if (a.country().equals(b.country())) {
            throw new IllegalArgumentException(Localization.text("error.contact.sameCountry", a.country().toString()));
        }
        if (endDate != null && endDate.lastDay().isBefore(date.firstDay())) {
            throw new IllegalArgumentException(Localization.text("error.contact.endBeforeStart", endDate.toString(),
                    date.toString()));
        }
        setting = setting == null ? Setting.BILATERAL : setting;
        location = Text.blankToNull(location);
        summary = Text.blankToNull(summary);
        tags = Text.copyOf(tags);
        sources = Text.copyOf(sources);
        provenance = provenance == null ? Provenance.MANUAL : provenance;
        reports = Text.copyOf(reports);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** The level of the contact by {@link Level#of the documented rule} for its origin. */
    public Level level() {
        return Level.of(provenance.origin(), mode, a.level(), b.level());
    }

    public Dyad dyad() {
        return Dyad.of(a.country(), b.country());
    }

    /** Everyone who took part, side A first. */
    public List<Participant> participants() {
        List<Participant> all = new java.util.ArrayList<>(a.participants());
        all.addAll(b.participants());
        return List.copyOf(all);
    }

    /** "Oleg Stepanov (Ambassador of Russia to Canada); …", or empty. */
    public String participantsLabel() {
        return String.join("; ", participants().stream().map(Participant::label).toList());
    }

    /** The last day the contact covers: the end of its end date, else of its date. */
    public PartialDate lastDate() {
        return endDate == null ? date : endDate;
    }

    /**
     * These fields as an edit of the version {@code stored} (its modified time is the version a
     * save names: the store refuses an edit of another version).
     */
    public Contact editOf(Contact stored) {
        return withId(id, created, stored.modified());
    }

    public Contact withId(long newId, Instant newCreated, Instant newModified) {
        return new Contact(newId, a, b, date, endDate, approximate, mode, setting, status, location, summary,
                tags, sources, provenance, reports, newCreated, newModified);
    }

    /** "Jan 29, 2022 Canada–Russia", in the language in use: how the window names a contact in messages. */
    public String title() {
        return DisplayFormats.date(date, approximate) + " " + a.country().label() + "–" + b.country().label();
    }

    /** This contact with other sources. */
    public Contact withSources(List<Source> newSources) {
        return new Contact(id, a, b, date, endDate, approximate, mode, setting, status, location, summary, tags,
                newSources, provenance, reports, created, modified);
    }

    /** This contact in another setting (a pair's part of a multilateral meeting). */
    public Contact withSetting(Setting newSetting) {
        return new Contact(id, a, b, date, endDate, approximate, mode, newSetting, status, location, summary, tags,
                sources, provenance, reports, created, modified);
    }

    /** This contact with other reports. */
    public Contact withReports(List<Report> newReports) {
        return new Contact(id, a, b, date, endDate, approximate, mode, setting, status, location, summary, tags,
                sources, provenance, newReports, created, modified);
    }

    /** How many distinct sources (articles, stories) its reports come from. */
    public int reportSources() {
        return (int) reports.stream().map(Report::sourceKey).distinct().count();
    }

    /**
     * How many sources bear the contact out, as the "at least N sources" filter counts them: the
     * distinct sources of its reports, or a GDELT report's own NumSources when that is more; for a
     * contact without reports (entered by hand, from a file), the sources it lists.
     */
    public int sourceCount() {
        if (reports.isEmpty()) {
            return sources.size();
        }
        int most = reports.stream().map(Report::sources).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        return Math.max(reportSources(), most);
    }

    /**
     * Whether GDELT calls the contact a root event: true when one of its reports is, false when
     * every report says it is not (mentioned in passing, deep in an article), null when none says
     * (ICEWS, manual contacts). The "root events only" filter leaves out only the false ones.
     */
    public Boolean rootEvent() {
        if (reports.stream().anyMatch(r -> Boolean.TRUE.equals(r.root()))) {
            return Boolean.TRUE;
        }
        boolean allNot = !reports.isEmpty() && reports.stream().allMatch(r -> Boolean.FALSE.equals(r.root()));
        return allNot ? Boolean.FALSE : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for the many optional fields. */
    public static final class Builder {
        private Side a;
        private Side b;
        private PartialDate date;
        private PartialDate endDate;
        private boolean approximate;
        private Mode mode = Mode.OTHER;
        private Setting setting = Setting.BILATERAL;
        private Status status = Status.HELD;
        private String location;
        private String summary;
        private List<String> tags = List.of();
        private List<Source> sources = List.of();
        private Provenance provenance = Provenance.MANUAL;
        private List<Report> reports = List.of();

        public Builder a(Side side) { this.a = side; return this; }
        public Builder b(Side side) { this.b = side; return this; }
        public Builder date(PartialDate value) { this.date = value; return this; }
        public Builder endDate(PartialDate value) { this.endDate = value; return this; }
        public Builder approximate(boolean value) { this.approximate = value; return this; }
        public Builder mode(Mode value) { this.mode = value; return this; }
        public Builder setting(Setting value) { this.setting = value; return this; }
        public Builder status(Status value) { this.status = value; return this; }
        public Builder location(String value) { this.location = value; return this; }
        public Builder summary(String value) { this.summary = value; return this; }
        public Builder tags(List<String> value) { this.tags = value; return this; }
        public Builder sources(List<Source> value) { this.sources = value; return this; }
        public Builder provenance(Provenance value) { this.provenance = value; return this; }
        public Builder reports(List<Report> value) { this.reports = value; return this; }

        public Contact build() {
            return new Contact(0, a, b, date, endDate, approximate, mode, setting, status, location, summary,
                    tags, sources, provenance, reports, null, null);
        }
    }
}
