package org.diplotrack;

import java.time.LocalDate;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;

/** Contacts for tests. */
public final class TestContacts {
    public static final String HOSTILE = "'); DROP TABLE contact;-- <script>alert(\"x\")</script> =1+1 _Mnemonic";

    private TestContacts() {
    }

    /** A contact with every field filled, with unicode, quotes and hostile text. */
    public static Contact full() {
        return new Contact(0,
                new Side(Countries.lookup("FR"), Level.MINISTER, "affaires étrangères",
                        List.of(new Participant("Jean-Yves Le Drian", "Ministre de l’Europe et des Affaires étrangères"),
                                new Participant(HOSTILE, null))),
                new Side(Countries.lookup("RU"), Level.MINISTER, "foreign affairs",
                        List.of(new Participant("Сергей Лавров", "Министр иностранных дел"))),
                PartialDate.parse("2021-11"), PartialDate.parse("2021-12-02"), true,
                Mode.THIRD_LOCATION, Setting.multilateral("OSCE ministerial \"Stockholm\""), Status.HELD,
                "Stockholm, Sweden", "Talks on the margins; \"quoted\" and 'single' — with a tab\tand\nnewline. "
                        + HOSTILE,
                List.of("OSCE", "Ukraine", HOSTILE),
                List.of(new Source("Le Monde", "Réunion de l'OSCE", "A. Auteur", "https://example.org/a?b=1&c=\"2\"",
                                PartialDate.parse("2021-12-03"), LocalDate.of(2022, 1, 5), "« citation »"),
                        new Source(null, HOSTILE, null, null, null, null, null)),
                new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "events.2021.tab", "123;456", "044"),
                List.of(new Report("ICEWS", "123", "044", PartialDate.parse("2021-12-02"), null,
                                "Jean-Yves Le Drian", "Sergey Lavrov", Level.MINISTER, Mode.THIRD_LOCATION,
                                "events.2021.tab", null, "S-1", 2, null, null, null),
                        new Report("ICEWS", "456", "044", PartialDate.parse("2021-12-02"), null,
                                HOSTILE, "Сергей Лавров", Level.UNKNOWN, Mode.OTHER,
                                "events.2021.tab", null, "S-2", null, null, null, null)),
                null, null);
    }
}
