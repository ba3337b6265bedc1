package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.diplotrack.TestMissions;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pair with its predecessors' record, read from a real file (decision 0024). */
class PredecessorsStoreTest {
    private static final Country US = Countries.lookup("US");
    private static final Country RU = Countries.lookup("RU");
    private static final Country SU = Countries.lookup("SU");
    private static final Country UA = Countries.lookup("UA");

    @TempDir
    Path dir;

    private static Contact contact(Country a, String day) {
        return Contact.builder().a(Side.of(a, Level.HEAD_OF_STATE)).b(Side.of(US, Level.HEAD_OF_STATE))
                .date(PartialDate.parse(day)).mode(Mode.VISIT).status(Status.HELD).build();
    }

    @Test
    void thePairWithPredecessorsReadsTheSovietUnionsContactsAndMissionsAndNoOneElses() {
        try (Database db = Database.open(dir.resolve("p.db"), List::of)) {
            db.contacts().insertAll(List.of(contact(SU, "1959-09-15"), contact(SU, "1972-05-22"),
                    contact(RU, "1992-01-31"), contact(UA, "1994-03-04")));
            db.missions().add(TestMissions.of(US, SU, MissionRank.AMBASSADOR, "Soviet-era head", "1957-07-16",
                    "1962-07-27"));
            db.missions().add(TestMissions.of(US, RU, MissionRank.AMBASSADOR, "Russian-era head", "1992-01-01", null));
            db.missions().add(TestMissions.of(US, UA, MissionRank.AMBASSADOR, "Kyiv head", "1992-05-01", null));

            ContactFilter pair = ContactFilter.forDyad(Dyad.of(RU, US));
            ContactFilter with = pair.withPredecessors(true);
            assertThat(db.contacts().count(pair)).isEqualTo(1);
            assertThat(db.contacts().count(with)).isEqualTo(3);
            assertThat(db.contacts().page(with, ContactOrder.BY_DATE, 0, 10)).extracting(c -> c.date().toString())
                    .containsExactly("1959-09-15", "1972-05-22", "1992-01-31");
            assertThat(db.contacts().marks(with, 100).size()).isEqualTo(3);
            assertThat(db.contacts().count(with.withRange(PartialDate.parse("1970"), null))).isEqualTo(2);
            ContactFilter russia = pair.withCountry(RU);
            assertThat(db.contacts().count(russia)).isEqualTo(1);
            assertThat(db.contacts().count(russia.withPredecessors(true))).isEqualTo(3);
            assertThat(db.contacts().count(ContactFilter.ALL.withCountry(RU).withPredecessors(true)))
                    .as("the flag is the pair's").isEqualTo(1);

            assertThat(db.missions().forPair(Dyad.of(RU, US))).extracting(m -> m.head())
                    .containsExactly("Russian-era head");
            assertThat(db.missions().forPair(Dyad.of(RU, US), true)).extracting(m -> m.head())
                    .containsExactly("Soviet-era head", "Russian-era head");
        }
    }
}
