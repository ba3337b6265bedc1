package org.diplotrack.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplotrack.model.l10n.Localization;

/**
 * Which dataset reports are one contact, and what that contact is (decision 0025). Reports
 * join when they have the same unordered pair, the same day, the same status and the same
 * setting (bilateral, or the same multilateral meeting), name the same principals (the same two
 * people, or, where a side names none, come from the same passage: {@link #principals}), and a form
 * that can be one meeting: in person (a visit, which is also its host's "hosted visit", a
 * meeting at a third location, a negotiation, an embassy channel), remote (a call, a video call,
 * correspondence) or a statement. An unspecified "consult" joins the day's in-person contact,
 * else its call, else stands alone. Contacts already on record (anchors) keep their id and are
 * never merged with one another; manual and native contacts are never merged at all.
 */
public final class ContactMerge {
    /** Forms that can be one contact. */
    enum Family { IN_PERSON, REMOTE, STATEMENT, UNSPECIFIED }

    /** The most telling form first: the merged contact takes the first one its reports name. */
    private static final List<Mode> SPECIFIC_FIRST = List.of(Mode.VISIT, Mode.THIRD_LOCATION, Mode.NEGOTIATION,
            Mode.EMBASSY_CHANNEL, Mode.VIDEO_CALL, Mode.PHONE_CALL, Mode.CORRESPONDENCE, Mode.STATEMENT, Mode.OTHER);

    private ContactMerge() {
    }

    /**
     * One contact on record that the incoming contacts join (null: a new contact), and the
     * contacts that join it, in the order they came.
     */
    public record Group(Contact anchor, List<Contact> incoming) {
        /** The contact this group is, keeping the anchor's id and timestamps. */
        public Contact combined() {
            List<Contact> all = new ArrayList<>();
            if (anchor != null) {
                all.add(anchor);
            }
            all.addAll(incoming);
            return combine(all);
        }
    }

    /**
     * Whether dataset reports that may be this contact are offered to join it by hand: a contact
     * entered by hand or from a file, never merged automatically (a dataset's own are merged on import).
     */
    public static boolean offersMatches(Contact c) {
        return c.provenance().origin() != Provenance.Origin.DATASET_IMPORT;
    }

    /** Whether the contact may be merged: a single day of a dataset's reports. */
    public static boolean mergeable(Contact c) {
        return c.provenance().origin() == Provenance.Origin.DATASET_IMPORT && !c.reports().isEmpty()
                && c.endDate() == null && c.date().precision() == PartialDate.Precision.DAY;
    }

    /**
     * The bucket a mergeable contact falls in: its pair, day, status and setting (a pair's
     * meeting within a multilateral one joins only the reports of that same meeting).
     */
    public static String bucket(Contact c) {
        return c.dyad().code() + "|" + c.date() + "|" + c.status().code() + "|" + c.setting().code();
    }

    static Family family(Mode mode) {
        return switch (mode) {
            case VISIT, HOSTED_VISIT, THIRD_LOCATION, NEGOTIATION, EMBASSY_CHANNEL -> Family.IN_PERSON;
            case PHONE_CALL, VIDEO_CALL, CORRESPONDENCE -> Family.REMOTE;
            case STATEMENT -> Family.STATEMENT;
            case OTHER -> Family.UNSPECIFIED;
        };
    }

    /**
     * Groups one bucket's contacts: those on record and those coming in. Only contacts whose
     * reports name the same principals can be one ({@link #principals}); among them, by form.
     * Groups with nothing incoming are left out (nothing to write).
     */
    public static List<Group> group(List<Contact> onRecord, List<Contact> incoming) {
        Map<String, List<Contact>> anchors = byPrincipals(onRecord);
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Contact>> e : byPrincipals(incoming).entrySet()) {
            groups.addAll(groupByForm(anchors.getOrDefault(e.getKey(), List.of()), e.getValue()));
        }
        return groups;
    }

    /**
     * Who a contact's reports say met (data-quality.md, pattern 1). When both sides name a person,
     * the people named, in either order and any case, by the names the office-holders table gives
     * (ICEWS's "Sergey Viktorovich Lavrov" and GDELT's "SERGEY LAVROV" are one "Sergey Lavrov"):
     * every source naming the same two people on that day joins, across stories and datasets.
     * Otherwise the actors as coded and the passage they were coded from (a sentence, an
     * article): "North Korea – United States" on one day may be any number of meetings, and the
     * reversed twin of one sentence is the only report known to be the same.
     */
    static String principals(Contact c) {
        if (c.reports().isEmpty()) {
            return "contact " + c.id();
        }
        String x = people(c.a());
        String y = people(c.b());
        if (!x.isEmpty() && !y.isEmpty()) {
            return "people|" + (x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x);
        }
        Report r = c.reports().get(0);
        String actorA = lower(r.actorA());
        String actorB = lower(r.actorB());
        String actors = actorA.compareTo(actorB) <= 0 ? actorA + "|" + actorB : actorB + "|" + actorA;
        return "passage|" + r.passage() + "|" + actors;
    }

    /** The names of the people a side names, in lower case and sorted; empty when it names none. */
    private static String people(Side side) {
        List<String> names = new ArrayList<>();
        for (Participant p : side.participants()) {
            if (p.name() != null) {
                names.add(lower(p.name()));
            }
        }
        names.sort(null);
        return String.join("+", names);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<Contact>> byPrincipals(List<Contact> contacts) {
        Map<String, List<Contact>> map = new LinkedHashMap<>();
        for (Contact c : contacts) {
            map.computeIfAbsent(principals(c), k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    /** One principals' contacts by form: an unspecified consult joins their meeting, else their call. */
    private static List<Group> groupByForm(List<Contact> onRecord, List<Contact> incoming) {
        Map<Family, List<Contact>> anchors = byFamily(onRecord);
        Map<Family, List<Contact>> arriving = byFamily(incoming);
        Map<Family, GroupBuilder> main = new EnumMap<>(Family.class);
        List<GroupBuilder> all = new ArrayList<>();
        for (Family f : Family.values()) {
            List<Contact> a = anchors.getOrDefault(f, List.of());
            List<Contact> in = arriving.getOrDefault(f, List.of());
            if (a.isEmpty() && in.isEmpty()) {
                continue;
            }
            GroupBuilder g = new GroupBuilder(a.isEmpty() ? null : a.get(0));
            g.incoming.addAll(in);
            main.put(f, g);
            all.add(g);
        }
        GroupBuilder unspecified = main.get(Family.UNSPECIFIED);
        GroupBuilder target = main.containsKey(Family.IN_PERSON) ? main.get(Family.IN_PERSON) : main.get(Family.REMOTE);
        if (unspecified != null && target != null) {
            target.incoming.addAll(unspecified.incoming);
            all.remove(unspecified);
            if (unspecified.anchor != null) {
                if (target.anchor == null) {
                    target.anchor = unspecified.anchor; // the consult on record becomes the day's meeting
                } else {
                    all.add(new GroupBuilder(unspecified.anchor)); // two on record: never merged here
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (GroupBuilder g : all) {
            if (!g.incoming.isEmpty()) {
                groups.add(new Group(g.anchor, List.copyOf(g.incoming)));
            }
        }
        return groups;
    }

    private static Map<Family, List<Contact>> byFamily(List<Contact> contacts) {
        Map<Family, List<Contact>> map = new EnumMap<>(Family.class);
        for (Contact c : contacts) {
            map.computeIfAbsent(family(c.mode()), k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    private static final class GroupBuilder {
        private Contact anchor;
        private final List<Contact> incoming = new ArrayList<>();

        GroupBuilder(Contact anchor) {
            this.anchor = anchor;
        }
    }

    /**
     * One contact from several of one group, the first one's id, timestamps and provenance kept:
     * the most telling form; a visit oriented visitor first (the visitor most reports name);
     * otherwise the first contact's order of sides; per country the level most of its sources give
     * ({@link #mergedSide}); every source, tag and report once; the first summary of the chosen
     * form; the place its reports name most ({@link #location}).
     */
    public static Contact combine(List<Contact> contacts) {
        Contact first = contacts.get(0);
        if (contacts.size() == 1) {
            return normalised(first);
        }
        List<Contact> oriented = new ArrayList<>();
        Mode mode = mostTelling(contacts);
        Country visitor = mode == Mode.VISIT ? visitor(contacts) : null;
        Country aCountry = visitor != null ? visitor : first.a().country();
        for (Contact c : contacts) {
            Contact n = normalised(c);
            oriented.add(n.a().country().equals(aCountry) ? n : swapped(n, n.mode()));
        }
        Side a = mergedSide(oriented, true);
        Side b = mergedSide(oriented, false);
        Contact telling = oriented.stream().filter(c -> c.mode() == mode).findFirst().orElse(oriented.get(0));
        String location = location(oriented, mode);
        Set<String> tags = new LinkedHashSet<>();
        Set<Source> sources = new LinkedHashSet<>();
        List<Report> reports = new ArrayList<>();
        for (Contact c : oriented) {
            tags.addAll(c.tags());
            sources.addAll(c.sources());
            reports.addAll(c.reports());
        }
        return new Contact(first.id(), a, b, first.date(), null, first.approximate(), mode, first.setting(),
                first.status(), location, telling.summary(), List.copyOf(tags), List.copyOf(sources),
                first.provenance(), reports, first.created(), first.modified());
    }

    /**
     * Where the merged contact took place (data-quality.md, pattern 11): a call or a letter has no
     * place (the reports' places are where they were written); a meeting's is the place its
     * in-person reports name most, a city before a bare country ("Washington, United States"
     * before "United States"), the first on a tie, and for a visit one outside the visitor's
     * country when any is; a statement's, the place its reports name most.
     */
    static String location(List<Contact> contacts, Mode mode) {
        Family family = family(mode);
        if (family == Family.REMOTE) {
            return null;
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Contact c : contacts) {
            if (c.location() != null && (family != Family.IN_PERSON || family(c.mode()) == Family.IN_PERSON)) {
                votes.merge(c.location(), 1, Integer::sum);
            }
        }
        if (mode == Mode.VISIT) {
            // A visit is in its host's country: a visitor's capital is a story's dateline.
            Country visitor = contacts.get(0).a().country();
            Map<String, Integer> abroad = new LinkedHashMap<>(votes);
            abroad.keySet().removeIf(place -> visitor.equals(ContactQuality.locationCountry(place)));
            if (!abroad.isEmpty()) {
                votes = abroad;
            }
        }
        return mostNamed(votes);
    }

    /** The place most votes name, a city before a bare country, the first on a tie; null for none. */
    private static String mostNamed(Map<String, Integer> votes) {
        String best = null;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (best == null || isCity(e.getKey()) && !isCity(best)
                    || isCity(e.getKey()) == isCity(best) && e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** "City, Country" (or GDELT's "City, Province, Country"), not a country alone. */
    private static boolean isCity(String location) {
        return location.indexOf(',') > 0;
    }

    /**
     * Two contacts of one pair made one by the researcher: a dataset contact with a dataset
     * contact as the import would have merged them ({@link #combine}); otherwise {@code keep}'s
     * fields with the other's participants, sources, tags and reports added (oriented to keep's
     * sides). Keeps {@code keep}'s id.
     *
     * @throws IllegalArgumentException when the two are not of the same pair
     */
    public static Contact byHand(Contact keep, Contact other) {
        if (!keep.dyad().equals(other.dyad())) {
            throw new IllegalArgumentException(Localization.text("merge.error.pairs",
                    keep.dyad().label(), other.dyad().label()));
        }
        if (!keep.reports().isEmpty() && !other.reports().isEmpty()
                && keep.provenance().origin() == Provenance.Origin.DATASET_IMPORT
                && other.provenance().origin() == Provenance.Origin.DATASET_IMPORT) {
            Contact merged = combine(List.of(keep, other));
            return merged.withId(keep.id(), keep.created(), keep.modified());
        }
        Contact o = other.a().country().equals(keep.a().country()) ? other : swapped(other, other.mode());
        return new Contact(keep.id(), withPeople(keep.a(), o.a()), withPeople(keep.b(), o.b()), keep.date(),
                keep.endDate(), keep.approximate(), keep.mode(), keep.setting(), keep.status(), keep.location(),
                keep.summary(), union(keep.tags(), o.tags()), union(keep.sources(), o.sources()),
                keep.provenance(), union(keep.reports(), o.reports()), keep.created(), keep.modified());
    }

    /**
     * One report taken out of its contact: the contact without it, and a contact of its own made
     * from what the report says (its day, form and code, its actors as coded in the summary, its
     * link as source; the pair's sides in the contact's order at unknown level, since a report
     * keeps the contact's level, not which side had it: the editor sets them). The rest keeps the
     * contact's other fields.
     *
     * @throws IllegalArgumentException when the report is the contact's only one or not one of its
     */
    public static List<Contact> splitOut(Contact contact, Report report) {
        if (contact.reports().size() < 2 || !contact.reports().contains(report)) {
            throw new IllegalArgumentException(Localization.text("split.error.last"));
        }
        List<Report> rest = new ArrayList<>(contact.reports());
        rest.remove(report);
        Contact remaining = contact.withReports(List.copyOf(rest));
        String actors = report.actors(" – ");
        String who = actors == null ? "" : ": " + actors;
        Contact alone = Contact.builder()
                .a(Side.of(contact.a().country(), Level.UNKNOWN))
                .b(Side.of(contact.b().country(), Level.UNKNOWN))
                .date(report.date()).mode(report.mode()).status(contact.status()).setting(contact.setting())
                .summary((report.code() == null ? report.dataset() : report.code()) + who)
                .sources(report.url() == null ? List.of()
                        : List.of(new Source(null, null, null, report.url(), null, null, null)))
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, report.dataset(), report.file(),
                        report.eventId(), report.code()))
                .reports(List.of(report)).build();
        return List.of(remaining, alone);
    }

    private static Side withPeople(Side side, Side other) {
        return new Side(side.country(), side.level(), side.portfolio(), union(side.participants(), other.participants()));
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** A hosted visit is its guest's visit: the guest becomes side A. */
    private static Contact normalised(Contact c) {
        return c.mode() == Mode.HOSTED_VISIT ? swapped(c, Mode.VISIT) : c;
    }

    private static Contact swapped(Contact c, Mode mode) {
        return new Contact(c.id(), c.b(), c.a(), c.date(), c.endDate(), c.approximate(), mode, c.setting(), c.status(),
                c.location(), c.summary(), c.tags(), c.sources(), c.provenance(), c.reports(), c.created(),
                c.modified());
    }

    private static Mode mostTelling(List<Contact> contacts) {
        Set<Mode> modes = new LinkedHashSet<>();
        for (Contact c : contacts) {
            modes.add(c.mode() == Mode.HOSTED_VISIT ? Mode.VISIT : c.mode());
        }
        return SPECIFIC_FIRST.stream().filter(modes::contains).findFirst().orElse(Mode.OTHER);
    }

    /** The country most of the visit reports name as the visitor; on a tie, the first one's. */
    private static Country visitor(List<Contact> contacts) {
        Map<Country, Integer> votes = new java.util.LinkedHashMap<>();
        for (Contact c : contacts) {
            if (c.mode() == Mode.VISIT || c.mode() == Mode.HOSTED_VISIT) {
                votes.merge(normalised(c).a().country(), 1, Integer::sum);
            }
        }
        Country best = null;
        int most = 0;
        for (Map.Entry<Country, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * One side from every source's word on it: each source (an article, a story) votes once, for
     * the highest level it gives the side; the level most sources give wins, a higher rank on a
     * tie, so one article's aside ("as Kim Jong Un said…") does not make an envoy's visit a
     * summit. A participant stays when two sources name him, or when there is only one source.
     */
    private static Side mergedSide(List<Contact> oriented, boolean sideA) {
        Map<String, Side> bySource = new LinkedHashMap<>();
        Map<Participant, Set<String>> named = new LinkedHashMap<>();
        Set<String> allSources = new LinkedHashSet<>();
        for (Contact c : oriented) {
            Side s = sideA ? c.a() : c.b();
            for (Report r : c.reports()) {
                String source = r.sourceKey();
                allSources.add(source);
                bySource.merge(source, s, (old, now) -> outranks(now.level(), old.level()) ? now : old);
                for (Participant p : s.participants()) {
                    named.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(source);
                }
            }
        }
        Map<Level, Integer> votes = new LinkedHashMap<>();
        Map<Level, Side> example = new LinkedHashMap<>();
        for (Side s : bySource.values()) {
            votes.merge(s.level(), 1, Integer::sum);
            example.putIfAbsent(s.level(), s);
        }
        Level best = null;
        for (Map.Entry<Level, Integer> e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)
                    || e.getValue().equals(votes.get(best)) && outranks(e.getKey(), best)) {
                best = e.getKey();
            }
        }
        Side chosen = best == null ? (sideA ? oriented.get(0).a() : oriented.get(0).b()) : example.get(best);
        int needed = allSources.size() > 1 ? 2 : 1;
        List<Participant> people = named.entrySet().stream().filter(e -> e.getValue().size() >= needed)
                .map(Map.Entry::getKey).toList();
        return new Side(chosen.country(), chosen.level(), chosen.portfolio(), people);
    }

    /** A higher rank, or at the top rank a named head over "head of state or government". */
    static boolean outranks(Level candidate, Level current) {
        if (candidate.rank() != current.rank()) {
            return candidate.rank() > current.rank();
        }
        return current == Level.HEAD_OF_STATE_OR_GOVERNMENT && candidate != current;
    }
}
