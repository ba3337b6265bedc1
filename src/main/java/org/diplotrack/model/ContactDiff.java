package org.diplotrack.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields that differ between two versions of a contact, each as text in the record's own
 * codes (levels, modes, statuses, countries by code; participants and sources one per line),
 * for the history: a new contact has no "before", a purged one no "after".
 */
public final class ContactDiff {
    private static final Map<String, Function<Contact, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("countryA", c -> c.a().country().alpha2());
        FIELDS.put("levelA", c -> c.a().level().code());
        FIELDS.put("portfolioA", c -> c.a().portfolio());
        FIELDS.put("participantsA", c -> people(c.a()));
        FIELDS.put("countryB", c -> c.b().country().alpha2());
        FIELDS.put("levelB", c -> c.b().level().code());
        FIELDS.put("portfolioB", c -> c.b().portfolio());
        FIELDS.put("participantsB", c -> people(c.b()));
        FIELDS.put("date", c -> c.date().toString());
        FIELDS.put("endDate", c -> c.endDate() == null ? null : c.endDate().toString());
        FIELDS.put("approximate", c -> c.approximate() ? "yes" : null);
        FIELDS.put("mode", c -> c.mode().code());
        FIELDS.put("setting", c -> c.setting().kind().code());
        FIELDS.put("event", c -> c.setting().event());
        FIELDS.put("status", c -> c.status().code());
        FIELDS.put("location", Contact::location);
        FIELDS.put("summary", Contact::summary);
        FIELDS.put("tags", c -> c.tags().isEmpty() ? null : String.join(", ", c.tags()));
        FIELDS.put("sources", c -> c.sources().isEmpty() ? null
                : c.sources().stream().map(ContactDiff::source).collect(Collectors.joining("\n")));
        FIELDS.put("reports", c -> c.reports().isEmpty() ? null
                : c.reports().stream().map(r -> r.dataset() + " " + r.eventId()).collect(Collectors.joining("\n")));
    }

    private ContactDiff() {
    }

    /** The fields that differ; either side may be null (nothing before, nothing after). */
    public static List<FieldChange> of(Contact before, Contact after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, Function<Contact, String>> f : FIELDS.entrySet()) {
            String old = before == null ? null : Text.blankToNull(f.getValue().apply(before));
            String now = after == null ? null : Text.blankToNull(f.getValue().apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(f.getKey(), old, now));
            }
        }
        return changes;
    }

    /**
     * One contact made of two versions of it, field by field: each field named in {@code fromTheirs}
     * as {@code theirs} has it, every other as {@code mine}; an edit of {@code theirs}' version
     * (its id, creation, provenance and modified time). Throws IllegalArgumentException when
     * the fields chosen do not make a contact (the same country on both sides, an end before the start).
     */
    public static Contact combine(Contact mine, Contact theirs, Set<String> fromTheirs) {
        if (!FIELDS.keySet().containsAll(fromTheirs)) {
            throw new IllegalArgumentException("not fields of a contact: " + fromTheirs);
        }
        Function<String, Contact> from = field -> fromTheirs.contains(field) ? theirs : mine;
        Side a = new Side(from.apply("countryA").a().country(), from.apply("levelA").a().level(),
                from.apply("portfolioA").a().portfolio(), from.apply("participantsA").a().participants());
        Side b = new Side(from.apply("countryB").b().country(), from.apply("levelB").b().level(),
                from.apply("portfolioB").b().portfolio(), from.apply("participantsB").b().participants());
        Setting setting = new Setting(from.apply("setting").setting().kind(), from.apply("event").setting().event());
        return new Contact(theirs.id(), a, b, from.apply("date").date(), from.apply("endDate").endDate(),
                from.apply("approximate").approximate(), from.apply("mode").mode(), setting,
                from.apply("status").status(), from.apply("location").location(), from.apply("summary").summary(),
                from.apply("tags").tags(), from.apply("sources").sources(), theirs.provenance(),
                from.apply("reports").reports(), theirs.created(), theirs.modified());
    }

    /** The fields' names in the order a contact shows them. */
    public static List<String> fields() {
        return List.copyOf(FIELDS.keySet());
    }

    private static String people(Side side) {
        return side.participants().isEmpty() ? null
                : side.participants().stream().map(Participant::label).collect(Collectors.joining("\n"));
    }

    private static String source(Source s) {
        return s.url() != null ? s.url() : Objects.toString(s.publication(), "") + " " + Objects.toString(s.title(), "");
    }
}
