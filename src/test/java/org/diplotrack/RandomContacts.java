package org.diplotrack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;

/** Reproducible random contacts for tests and benchmarks (a fixed seed gives the same list). */
public final class RandomContacts {
    private static final String[] COUNTRIES = {"CA", "RU", "US", "FR", "DE", "CN", "IN", "BR", "JP", "GB", "TR", "UA"};
    private static final String[] SURNAMES = {"Stepanov", "Joly", "Lavrov", "Blinken", "Baerbock", "Wang", "Jaishankar",
            "Vieira", "Hayashi", "Cleverly", "Çavuşoğlu", "Kuleba", "Müller", "Dubois", "Smith"};
    private static final String[] WORDS = {"trade", "security", "energy", "climate", "sanctions", "grain", "visa",
            "consular", "arctic", "nuclear", "summit", "ceasefire", "investment", "culture"};
    private static final String[] TAGS = {"Ukraine", "NATO", "trade", "G20", "UN", "OSCE", "Arctic"};

    private final Random random;
    private final String[] countries;

    public RandomContacts(long seed) {
        this(seed, COUNTRIES);
    }

    /** Contacts between the given countries (alpha-2 codes). */
    public RandomContacts(long seed, String[] countries) {
        this.random = new Random(seed);
        this.countries = countries.clone();
    }

    public List<Contact> next(int n) {
        List<Contact> contacts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            contacts.add(next());
        }
        return contacts;
    }

    public Contact next() {
        Country a = Countries.lookup(pick(countries));
        Country b;
        do {
            b = Countries.lookup(pick(countries));
        } while (b.equals(a));
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(35 * 365));
        PartialDate date = switch (random.nextInt(10)) {
            case 0 -> PartialDate.ofYear(day.getYear());
            case 1, 2 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
            default -> PartialDate.of(day);
        };
        PartialDate end = date.precision() == PartialDate.Precision.DAY && random.nextInt(5) == 0
                ? PartialDate.of(day.plusDays(1 + random.nextInt(4))) : null;
        String surname = pick(SURNAMES);
        return Contact.builder()
                .a(new Side(a, pick(Level.values()), null, List.of(new Participant("A. " + surname, "Minister"))))
                .b(new Side(b, pick(Level.values()), null, List.of()))
                .date(date).endDate(end).approximate(random.nextInt(8) == 0)
                .mode(pick(Mode.values())).status(pick(Status.values()))
                .setting(random.nextInt(4) == 0 ? Setting.multilateral("G20 summit") : Setting.BILATERAL)
                .location(random.nextBoolean() ? null : "Capital " + random.nextInt(50))
                .summary("Talks on " + pick(WORDS) + " and " + pick(WORDS) + ".")
                .tags(random.nextBoolean() ? List.of(pick(TAGS)) : List.of())
                .sources(List.of(new Source("Gazette " + random.nextInt(20), "Report on " + pick(WORDS), null, null,
                        null, null, null)))
                .build();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Dataset contacts: one to four reports each, from one or several sources, root or not or unsaid. */
    public static List<Contact> withReports(List<Contact> contacts, Random random) {
        List<Contact> out = new java.util.ArrayList<>();
        for (Contact c : contacts) {
            List<Report> reports = new java.util.ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                Boolean root = new Boolean[] {true, false, false, null}[random.nextInt(4)];
                reports.add(new Report(root == null ? "ICEWS" : "GDELT2", "r" + out.size() + "-" + i, "040", c.date(),
                        null, null, null, Level.UNKNOWN, Mode.VISIT, "f",
                        root == null ? null : "https://news.example/" + random.nextInt(3),
                        root == null ? "story" + random.nextInt(2) : null, null,
                        root == null ? null : 1 + random.nextInt(4), null, root));
            }
            out.add(c.withReports(reports));
        }
        return out;
    }
}
