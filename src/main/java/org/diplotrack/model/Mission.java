package org.diplotrack.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.diplotrack.model.l10n.Localization;

/**
 * One country's diplomatic mission in another under one head: a standing channel, not an event.
 * The head of mission is named unless the rank {@linkplain MissionRank#mayBeUnnamed may go
 * unnamed} (an interests section, a vacancy); {@code title} is the head's title as the source
 * writes it ("Envoy Extraordinary and Minister Plenipotentiary"). {@code from} is when the head
 * took up the post (credentials presented, else arrival, else appointment), {@code to} when the
 * tenure ended, null while still in post; {@code end} says how it ended and needs {@code to}.
 * {@code id} is 0 until the mission is stored; {@code created} and {@code modified} are set by the
 * store.
 */
public record Mission(long id, Country sending, Country receiving, String head, String title, MissionRank rank,
                      PartialDate from, PartialDate to, MissionEnd end, String notes, List<Source> sources,
                      Provenance provenance, Instant created, Instant modified) {

    public Mission {
        require(sending, "sending");
        require(receiving, "receiving");
        require(rank, "rank");
        require(from, "from");
        if (sending.equals(receiving)) {
            throw new Invalid("receiving", Localization.text("error.mission.sameCountry", sending.toString()));
        }
        if (to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new Invalid("to", Localization.text("error.mission.endBeforeStart", to.toString(), from.toString()));
        }
        if (end != null && to == null) {
            throw new Invalid("end", Localization.text("error.mission.endWithoutDate", end.code()));
        }
        head = Text.blankToNull(head);
        if (head == null && !rank.mayBeUnnamed()) {
            throw new Invalid("head", Localization.text("error.mission.head", rank.code()));
        }
        title = Text.blankToNull(title);
        notes = Text.blankToNull(notes);
        sources = Text.copyOf(sources);
        provenance = provenance == null ? Provenance.MANUAL : provenance;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new Invalid(field, Localization.text("error.mission.required", field));
        }
    }

    /**
     * A rule of a mission broken, with the field at fault: the record component's name, which the
     * native JSON and CSV formats use too ("to", "receiving").
     */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The pair of the two countries, whichever sends. */
    public Dyad dyad() {
        return Dyad.of(sending, receiving);
    }

    /** The first day the head was in post. */
    public LocalDate firstDay() {
        return from.firstDay();
    }

    /** Whether the record says the tenure ended (else the head is still in post, as far as it knows). */
    public boolean ended() {
        return to != null;
    }

    public Mission withId(long newId, Instant newCreated, Instant newModified) {
        return new Mission(newId, sending, receiving, head, title, rank, from, to, end, notes, sources, provenance,
                newCreated, newModified);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for the many optional fields. */
    public static final class Builder {
        private long id;
        private Country sending;
        private Country receiving;
        private String head;
        private String title;
        private MissionRank rank = MissionRank.AMBASSADOR;
        private PartialDate from;
        private PartialDate to;
        private MissionEnd end;
        private String notes;
        private List<Source> sources = List.of();
        private Provenance provenance = Provenance.MANUAL;

        public Builder id(long value) { this.id = value; return this; }
        public Builder sending(Country value) { this.sending = value; return this; }
        public Builder receiving(Country value) { this.receiving = value; return this; }
        public Builder head(String value) { this.head = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder rank(MissionRank value) { this.rank = value; return this; }
        public Builder from(PartialDate value) { this.from = value; return this; }
        public Builder to(PartialDate value) { this.to = value; return this; }
        public Builder end(MissionEnd value) { this.end = value; return this; }
        public Builder notes(String value) { this.notes = value; return this; }
        public Builder sources(List<Source> value) { this.sources = value; return this; }
        public Builder provenance(Provenance value) { this.provenance = value; return this; }

        public Mission build() {
            return new Mission(id, sending, receiving, head, title, rank, from, to, end, notes, sources, provenance,
                    null, null);
        }
    }
}
