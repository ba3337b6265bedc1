package org.diplotrack.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplotrack.RandomContacts;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/**
 * Random contacts whose every text field is drawn from strings that break naive CSV and JSON
 * handling: quotes, commas, line breaks, formula-like starts, our own separators and escapes,
 * and text in other scripts.
 */
final class TrickyContacts {
    static final String[] TEXT = {"Zoë \"quoted\", with a comma", "line one\nline two", "cr\r\nlf", "=SUM(A1:A9)",
            "+7 900", "-2", "@cmd", "\tstarts with a tab", "\rstarts with CR", "'apostrophe", "''two", "semi; colon",
            "pipe | bar", "paren (x)", "(only)", "ends with )", "back\\slash", "trailing\\", "\\;", ";", "|", "(", ")",
            "🇨🇦 flag", "Россия", "日本語の会談", " leading space", "trailing space ", "a\"b", "\"", ",", "x ( y",
            "tab\tinside", "Mélanie Joly", "O'Neil", "null", "NA", "true"};

    private final Random random;
    private final RandomContacts base;

    TrickyContacts(long seed) {
        random = new Random(seed);
        base = new RandomContacts(seed);
    }

    List<Contact> next(int n) {
        List<Contact> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(contact(i + 1));
        }
        return list;
    }

    private Contact contact(long id) {
        Contact c = base.next();
        Side a = new Side(c.a().country(), pick(Level.values()), maybe(), participants());
        Side b = new Side(c.b().country(), pick(Level.values()), maybe(), participants());
        Setting setting = random.nextBoolean() ? Setting.BILATERAL : Setting.multilateral(maybe());
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(text());
        }
        List<Source> sources = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            sources.add(new Source(text(), maybe(), maybe(),
                    random.nextBoolean() ? null : "https://example.org/p;x|y(z)?q=\"1\"&r=\\" + i,
                    random.nextBoolean() ? null : PartialDate.ofMonth(2020, 1 + random.nextInt(12)),
                    random.nextBoolean() ? null : LocalDate.of(2024, 5, 1 + random.nextInt(28)), maybe()));
        }
        Provenance provenance = switch (random.nextInt(3)) {
            case 0 -> Provenance.MANUAL;
            case 1 -> Provenance.nativeImport(maybe());
            default -> new Provenance(Provenance.Origin.DATASET_IMPORT, "GDELT 2.0", maybe(), "88" + id, "0431");
        };
        Instant created = Instant.parse("2024-05-01T10:00:00.123Z").plusSeconds(random.nextInt(1_000_000));
        return new Contact(id, a, b, c.date(), c.endDate(), c.approximate(), c.mode(), setting, c.status(), maybe(),
                maybe(), tags, sources, provenance, reports(provenance, c), created,
                created.plusMillis(random.nextInt(5_000)));
    }

    /** A dataset contact's reports, with awkward text where a dataset writes free text. */
    private List<Report> reports(Provenance provenance, Contact c) {
        List<Report> list = new ArrayList<>();
        if (provenance.origin() == Provenance.Origin.DATASET_IMPORT) {
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                boolean gdelt = random.nextBoolean();
                list.add(new Report(gdelt ? "GDELT 2.0" : "ICEWS", provenance.eventId() + "-" + i, maybe(), c.date(),
                        gdelt ? LocalDate.of(2019, 10, 1 + random.nextInt(28)) : null, maybe(), maybe(),
                        pick(Level.values()), pick(Mode.values()), maybe(),
                        gdelt ? "https://example.org/a;b|c(d)\\" + i : null, gdelt ? null : maybe(),
                        gdelt ? null : random.nextInt(30), gdelt ? 1 + random.nextInt(9) : null,
                        gdelt ? 1 + random.nextInt(99) : null, gdelt ? random.nextBoolean() : null));
            }
        }
        return list;
    }

    private List<Participant> participants() {
        List<Participant> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            list.add(random.nextInt(4) == 0 ? new Participant(null, text()) : new Participant(text(), maybe()));
        }
        return list;
    }

    private String text() {
        String s = pick(TEXT);
        return random.nextInt(3) == 0 ? s + pick(TEXT) : s;
    }

    private String maybe() {
        return random.nextInt(3) == 0 ? null : text();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
