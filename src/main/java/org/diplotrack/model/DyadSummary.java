package org.diplotrack.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.model.l10n.Localization;

/**
 * At what level two countries still talk, and since when: one pair's contacts summed up as
 * they stood on one day, {@code asOf}. Contacts of other pairs and contacts that start after
 * {@code asOf} are ignored throughout.
 *
 * <ul>
 * <li><b>Last held contact per level</b>: for each contact level rank (5 down to 1, then 0 for
 * unknown), the held contact at that level with the latest last day.</li>
 * <li><b>Counts</b> by contact level rank and by mode, over every status.</li>
 * <li><b>Contact ceiling</b>: the highest rank of held contact in a trailing window of
 * {@code windowMonths} months. A held contact counts from the first day of its date through the
 * last day of its end date (or of its date) plus the window, both ends included. Partial dates
 * count over their whole period: a contact dated {@code 2022} counts from 2022-01-01 and for the
 * window after 2022-12-31, one dated {@code 2022-03} from 2022-03-01 and after 2022-03-31.
 * {@link #ceilingSince()} is the first day of the unbroken run of days, ending on {@code asOf},
 * on which the ceiling was the same as on {@code asOf}.</li>
 * <li><b>Open offers</b>: invited, proposed and scheduled contacts that no held contact at the
 * same or a higher rank followed (started on a later day).</li>
 * </ul>
 *
 * <p>The level of a contact is {@link Contact#level()}: the lower of the two sides' ranks when
 * both are known, else the known one.
 */
public final class DyadSummary {
    /** Open offers the sentence names before "and N more". */
    static final int OFFERS_NAMED = 3;


    /** The most recent held contact at one level; {@code level} is the contact's level. */
    public record LastHeld(Level level, Contact contact) {
        public int rank() {
            return level.rank();
        }
    }

    /** The days a held contact keeps the ceiling up: its period plus the window. */
    private record Span(LocalDate start, LocalDate end, Contact contact) {
        int rank() {
            return contact.level().rank();
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    private static final Set<Status> OFFERS = EnumSet.of(Status.INVITED, Status.PROPOSED, Status.SCHEDULED);
    private static final int TOP_RANK = 5;
    /** Later last day first wins; on a tie, the later first day. */
    private static final Comparator<Contact> RECENCY = Comparator.comparing((Contact c) -> c.lastDate().lastDay())
            .thenComparing(c -> c.date().firstDay());

    private final Dyad dyad;
    private final LocalDate asOf;
    private final int windowMonths;
    private final List<LastHeld> lastHeld;
    private final Map<Integer, Integer> countsByRank;
    private final Map<Mode, Integer> countsByMode;
    private final Level ceiling;
    private final LocalDate ceilingSince;
    private final List<Contact> openOffers;

    private DyadSummary(Dyad dyad, LocalDate asOf, int windowMonths, List<LastHeld> lastHeld,
                        Map<Integer, Integer> countsByRank, Map<Mode, Integer> countsByMode, Level ceiling,
                        LocalDate ceilingSince, List<Contact> openOffers) {
        this.dyad = dyad;
        this.asOf = asOf;
        this.windowMonths = windowMonths;
        this.lastHeld = lastHeld;
        this.countsByRank = countsByRank;
        this.countsByMode = countsByMode;
        this.ceiling = ceiling;
        this.ceilingSince = ceilingSince;
        this.openOffers = openOffers;
    }

    /**
     * Sums up {@code dyad}'s contacts as of the end of {@code asOf}.
     *
     * @param contacts     any contacts; those of other pairs are ignored
     * @param windowMonths the length of the trailing window of the ceiling, 0 or more (12 by default
     *                     in the application)
     */
    public static DyadSummary of(Dyad dyad, List<Contact> contacts, LocalDate asOf, int windowMonths) {
        return of(dyad, false, contacts, asOf, windowMonths);
    }

    /**
     * Sums up {@code dyad}'s contacts as {@link #of(Dyad, List, LocalDate, int)} does, with its
     * countries' predecessors' contacts too when {@code withPredecessors} (Russia–United States
     * with the Soviet Union's).
     */
    public static DyadSummary of(Dyad dyad, boolean withPredecessors, List<Contact> contacts, LocalDate asOf,
                                 int windowMonths) {
        if (dyad == null || contacts == null || asOf == null) {
            throw new IllegalArgumentException("a summary needs a pair, its contacts and a day");
        }
        if (windowMonths < 0) {
            throw new IllegalArgumentException("the window must be 0 months or more, got " + windowMonths);
        }
        Set<Dyad> pairs = Countries.pairsOf(dyad, withPredecessors);
        List<Contact> known = contacts.stream()
                .filter(c -> pairs.contains(c.dyad()) && !c.date().firstDay().isAfter(asOf))
                .sorted(Comparator.comparing((Contact c) -> c.date().firstDay()).thenComparingLong(Contact::id))
                .toList();
        List<Contact> held = known.stream().filter(c -> c.status() == Status.HELD).toList();

        Map<Integer, Contact> latest = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, Integer> byRank = new TreeMap<>(Comparator.reverseOrder());
        Map<Mode, Integer> byMode = new EnumMap<>(Mode.class);
        for (Contact c : known) {
            byRank.merge(c.level().rank(), 1, Integer::sum);
            byMode.merge(c.mode(), 1, Integer::sum);
        }
        for (Contact c : held) {
            latest.merge(c.level().rank(), c, (x, y) -> RECENCY.compare(y, x) >= 0 ? y : x);
        }
        List<LastHeld> lastHeld = latest.values().stream().map(c -> new LastHeld(c.level(), c)).toList();

        List<Span> spans = held.stream()
                .map(c -> new Span(c.date().firstDay(), c.lastDate().lastDay().plusMonths(windowMonths), c))
                .toList();
        Optional<Span> top = spans.stream().filter(s -> s.covers(asOf))
                .max(Comparator.comparingInt(Span::rank).thenComparing(Span::contact, RECENCY));
        Level ceiling = top.map(s -> s.contact().level()).orElse(null);
        LocalDate since = top.isPresent() ? runStart(spans, top.get().rank())
                : spans.stream().map(s -> s.end().plusDays(1)).max(Comparator.naturalOrder()).orElse(null);

        return new DyadSummary(dyad, asOf, windowMonths, lastHeld, Collections.unmodifiableMap(byRank),
                Collections.unmodifiableMap(byMode), ceiling, since, openOffers(known, held));
    }

    /**
     * The first day of the run that ends on {@code asOf} with ceiling {@code rank}: the start of
     * the unbroken block of {@code rank} spans that covers {@code asOf}, but after the last day
     * that a higher-ranking span covered (all of which ended before {@code asOf}).
     */
    private static LocalDate runStart(List<Span> spans, int rank) {
        LocalDate blockStart = null;
        LocalDate blockEnd = null;
        LocalDate higherEnd = null;
        for (Span s : spans.stream().sorted(Comparator.comparing(Span::start)).toList()) {
            if (s.rank() > rank) {
                higherEnd = higherEnd == null || s.end().isAfter(higherEnd) ? s.end() : higherEnd;
            } else if (s.rank() == rank) {
                if (blockEnd == null || s.start().isAfter(blockEnd.plusDays(1))) {
                    blockStart = s.start();
                    blockEnd = s.end();
                } else if (s.end().isAfter(blockEnd)) {
                    blockEnd = s.end();
                }
            }
        }
        return higherEnd != null && !higherEnd.isBefore(blockStart) ? higherEnd.plusDays(1) : blockStart;
    }

    /** Offers that no held contact at the same or a higher rank followed on a later day. */
    private static List<Contact> openOffers(List<Contact> known, List<Contact> held) {
        // latestStart[r]: the latest first day of a held contact at rank r or higher.
        LocalDate[] latestStart = new LocalDate[TOP_RANK + 1];
        for (Contact h : held) {
            for (int r = 0; r <= h.level().rank(); r++) {
                LocalDate start = h.date().firstDay();
                latestStart[r] = latestStart[r] == null || start.isAfter(latestStart[r]) ? start : latestStart[r];
            }
        }
        return known.stream().filter(c -> OFFERS.contains(c.status())).filter(c -> {
            LocalDate followed = latestStart[c.level().rank()];
            return followed == null || !followed.isAfter(c.date().firstDay());
        }).toList();
    }

    public Dyad dyad() {
        return dyad;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int windowMonths() {
        return windowMonths;
    }

    /** The last held contact at each contact level that has one, from rank 5 down to 0 (unknown). */
    public List<LastHeld> lastHeld() {
        return lastHeld;
    }

    /** The last held contact at one rank (0 to 5), if there is one. */
    public Optional<LastHeld> lastHeldAt(int rank) {
        return lastHeld.stream().filter(l -> l.rank() == rank).findFirst();
    }

    /** Contacts by contact level rank (all statuses), from 5 down to 0; ranks without any are left out. */
    public Map<Integer, Integer> countsByRank() {
        return countsByRank;
    }

    /** Contacts by mode (all statuses), in the order of {@link Mode}; modes without any are left out. */
    public Map<Mode, Integer> countsByMode() {
        return countsByMode;
    }

    /**
     * The contact ceiling on {@code asOf}: the level of the most recent held contact at the
     * highest rank in the window, or empty when no held contact falls in the window.
     */
    public Optional<Level> ceiling() {
        return Optional.ofNullable(ceiling);
    }

    /**
     * Since when the ceiling has been what it is on {@code asOf} (when it is empty: the day after the
     * last held contact left the window); empty only when no held contact started on or before
     * {@code asOf}.
     */
    public Optional<LocalDate> ceilingSince() {
        return Optional.ofNullable(ceilingSince);
    }

    /** Open invitations, proposals and scheduled contacts, the oldest first. */
    public List<Contact> openOffers() {
        return openOffers;
    }

    /**
     * The answer in one sentence in the language in use, for example "Canada–Russia: held contacts
     * at ambassador level since Jan 29, 2022; open: a minister visit (invited, Jan 29, 2022)." —
     * "Канада–Россия: контакты поддерживаются на уровне послов с 29 янв. 2022 г.; открытые
     * предложения: визит министра (приглашение, 29 янв. 2022 г.)." Each part is a pattern of the
     * bundles ({@code summary.*}); a level has its own words for each place the sentence puts it
     * ("at ambassador level", "au niveau des ambassadeurs", "на уровне послов"; "визит министра"),
     * and dates are written for the language ({@link DisplayFormats}).
     */
    public String sentence() {
        Optional<Contact> last = lastHeld.stream().map(LastHeld::contact).max(RECENCY);
        String state;
        if (ceiling != null) {
            state = Localization.text("summary.held", atLevel(ceiling), DisplayFormats.day(ceilingSince));
        } else if (last.isEmpty()) {
            state = Localization.text("summary.noneOnRecord", DisplayFormats.day(asOf));
        } else {
            state = Localization.text("summary.noneInWindow", windowMonths, DisplayFormats.day(asOf),
                    atLevel(last.get().level()), when(last.get()));
        }
        String offers = openOffers.isEmpty() ? Localization.text("summary.noOffers")
                : Localization.text("summary.offers", offers());
        return Localization.text("summary.sentence", dyad.label(), state, offers);
    }

    @Override
    public String toString() {
        return sentence();
    }

    /**
     * The open offers, each kind said once with the days it was made on (ten reports of one
     * proposal, or one proposal repeated on three days, read as one: "a head-of-state statement
     * (proposed, Jun 1, 2018 – Jun 3, 2018)") and at most {@link #OFFERS_NAMED} kinds, then "and N
     * more", so the sentence stays short on any data.
     */
    private String offers() {
        Map<String, List<Contact>> byKind = new LinkedHashMap<>();
        for (Contact c : openOffers) {
            byKind.computeIfAbsent(c.level().code() + "|" + c.mode().code() + "|" + c.status().code(),
                    k -> new ArrayList<>()).add(c);
        }
        List<String> named = byKind.values().stream().map(DyadSummary::offer).toList();
        if (named.size() <= OFFERS_NAMED + 1) { // "and one more" would be no shorter than naming it
            return String.join(", ", named);
        }
        return Localization.text("summary.offers.more", String.join(", ", named.subList(0, OFFERS_NAMED)),
                named.size() - OFFERS_NAMED);
    }

    /** "at ambassador level", "au niveau des ambassadeurs", "на уровне послов", "at an unknown level" */
    private static String atLevel(Level level) {
        return Localization.text("summary.atLevel." + level.code());
    }

    /**
     * When a contact took place, as the sentence says it: "on Jan 29, 2022", "in Oct 2019",
     * "around 2021", "from Mar 11, 2019 to Mar 13, 2019" (the words follow the date's precision:
     * "le 29 janv. 2022", "en oct. 2019").
     */
    private static String when(Contact c) {
        String start = DisplayFormats.date(c.date());
        if (c.endDate() == null) {
            return Localization.text("summary.when." + (c.approximate() ? "around." : "on.") + code(c.date().precision()),
                    start);
        }
        // A period reads by its less precise end: "du 11 mars 2019 au 13 mars 2019", but "entre mars 2019 et mai 2019".
        PartialDate.Precision coarser = c.date().precision().compareTo(c.endDate().precision()) <= 0
                ? c.date().precision() : c.endDate().precision();
        return Localization.text("summary.when." + (c.approximate() ? "aroundRange." : "range.") + code(coarser), start,
                DisplayFormats.date(c.endDate()));
    }

    private static String code(PartialDate.Precision precision) {
        return precision.name().toLowerCase(Locale.ROOT);
    }

    /**
     * "a minister visit (invited, Jan 29, 2022)", "a contact (proposed, c. 2021)", for the offers
     * of one kind (level, mode, status), from the first day one was made to the last: the mode's
     * pattern puts the level where the language wants it ("визит министра", "une visite au niveau
     * des ministres"); without a known level the mode stands alone.
     */
    private static String offer(List<Contact> sameKind) {
        Contact c = sameKind.get(0);
        String mode = c.mode().code();
        String words = c.level().isKnown()
                ? Localization.text("summary.offer.mode." + mode, Localization.text("summary.offer.level." + c.level().code()))
                : Localization.text("summary.offer.alone." + mode);
        String status = Localization.text("summary.offer.status." + c.status().code());
        Comparator<Contact> byDay = Comparator.comparing(k -> k.date().firstDay());
        Contact first = sameKind.stream().min(byDay).orElseThrow();
        Contact last = sameKind.stream().max(byDay).orElseThrow();
        String from = DisplayFormats.date(first.date(), first.approximate());
        String to = DisplayFormats.date(last.date(), last.approximate());
        return from.equals(to) ? Localization.text("summary.offer", words, status, from)
                : Localization.text("summary.offer.range", words, status, from, to);
    }
}
