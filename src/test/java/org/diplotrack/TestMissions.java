package org.diplotrack;

import java.time.LocalDate;
import java.util.List;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Source;

/** Missions for tests. */
public final class TestMissions {
    public static final Country US = Countries.lookup("US");
    public static final Country RU = Countries.lookup("RU");
    public static final Country CA = Countries.lookup("CA");

    private TestMissions() {
    }

    /** A mission of {@code sending} in {@code receiving}; {@code to} may be null. */
    public static Mission of(Country sending, Country receiving, MissionRank rank, String head, String from, String to) {
        return Mission.builder().sending(sending).receiving(receiving).rank(rank).head(head)
                .from(PartialDate.parse(from)).to(to == null ? null : PartialDate.parse(to)).build();
    }

    /** A mission with every field filled, with unicode, quotes, line breaks and hostile text. */
    public static Mission full() {
        return new Mission(0, RU, CA, "Олег Степанов; \"Oleg\" (Stepanov) | " + TestContacts.HOSTILE,
                "Чрезвычайный и полномочный посол", MissionRank.AMBASSADOR, PartialDate.parse("2021-11"),
                PartialDate.parse("2022-12-02"), MissionEnd.EXPELLED,
                "Notes with a tab\tand\nnewline; «guillemets», \\ backslash, =1+1, 'quote'. " + TestContacts.HOSTILE,
                List.of(new Source("UrduPoint News (Sputnik)", "Russian Ambassador | Regrets; (x)", "Muhammad Irfan",
                                "https://example.org/a?b=1&c=\"2\"", PartialDate.parse("2022-01-29"),
                                LocalDate.of(2022, 2, 1), "« citation »"),
                        new Source(null, TestContacts.HOSTILE, null, null, null, null, null)),
                new Provenance(Provenance.Origin.DATASET_IMPORT, "A dataset", "file.xml", "ru-2021-step-01", null),
                null, null);
    }
}
