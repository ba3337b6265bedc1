package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplotrack.TestMissions.CA;
import static org.diplotrack.TestMissions.RU;
import static org.diplotrack.TestMissions.US;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestMissions;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Missions (issue 17) on either backend: add, list, in post on a day, trash, import. */
@ParameterizedClass
@EnumSource(Backend.class)
class MissionRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Database db;
    private MissionRepository missions;

    @BeforeEach
    void open() {
        db = backend.open(dir, List::of);
        missions = db.missions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Mission m(org.diplotrack.model.Country s, org.diplotrack.model.Country r, MissionRank rank,
                             String head, String from, String to) {
        return TestMissions.of(s, r, rank, head, from, to);
    }

    @Test
    void aMissionWithEveryFieldComesBackAsItWasStored() {
        Mission stored = missions.add(TestMissions.full());
        assertThat(stored.id()).isPositive();
        assertThat(stored.created()).isNotNull();
        assertThat(missions.get(stored.id())).contains(stored);
        assertThat(missions.forPair(Dyad.of(CA, RU))).containsExactly(stored);
        assertThat(missions.count()).isEqualTo(1);
        assertThat(db.contacts().count()).as("missions are no contacts").isZero();
    }

    @Test
    void aPairListsBothDirectionsByDateAndNoOtherPair() {
        Mission a = missions.add(m(US, RU, MissionRank.AMBASSADOR, "A", "2014-11-19", "2017-09-28"));
        Mission b = missions.add(m(RU, US, MissionRank.AMBASSADOR, "Antonov", "2014-08", null));
        Mission c = missions.add(m(US, RU, MissionRank.AMBASSADOR, "C", "2017-10-02", "2019-10-03"));
        missions.add(m(US, CA, MissionRank.AMBASSADOR, "D", "2015", null));
        assertThat(missions.forPair(Dyad.parse("RU-US"))).containsExactly(b, a, c);
        assertThat(missions.all()).hasSize(4);
    }

    @Test
    void inPostOnADayFollowsTheModelsRules() {
        Mission old = missions.add(m(US, RU, MissionRank.ENVOY, "Open-ended", "1890", null));
        Mission next = missions.add(m(US, RU, MissionRank.AMBASSADOR, "Next", "1898-03-21", "1899-01-28"));
        Mission interim = missions.add(m(US, RU, MissionRank.CHARGE_AD_INTERIM, "Interim", "1898-03", "1898-04"));
        Mission ruInCa = missions.add(m(RU, CA, MissionRank.AMBASSADOR, "Stepanov", "2021", null));
        Mission caInRu = missions.add(m(CA, RU, MissionRank.INTERESTS_SECTION, null, "2022-03", null));
        List<Mission> all = List.of(old, next, interim, ruInCa, caInRu);
        for (String day : List.of("1895-01-01", "1898-03-10", "1898-03-21", "1898-04-15", "1899-06-01", "2022-01-29",
                "2022-03-01")) {
            LocalDate d = LocalDate.parse(day);
            List<Mission> expected = new ArrayList<>();
            for (org.diplotrack.model.Country[] side : new org.diplotrack.model.Country[][] {{CA, RU}, {RU, CA},
                    {US, RU}}) {
                org.diplotrack.model.Missions.inPost(all, side[0], side[1], d).ifPresent(expected::add);
            }
            assertThat(missions.inPost(d)).as(day).containsExactlyElementsOf(expected);
        }
        assertThat(missions.inPost(LocalDate.parse("1898-03-10"))).containsExactly(interim);
        assertThat(missions.inPost(LocalDate.parse("1898-03-21"))).containsExactly(next);
        assertThat(missions.inPost(LocalDate.parse("1899-06-01"))).as("the open-ended envoy was followed").isEmpty();
        assertThat(missions.inPost(LocalDate.parse("2022-03-01"))).containsExactly(caInRu, ruInCa);
    }

    @Test
    void aSearchLooksInEveryPairAndLeavesTheTrashOut() {
        Mission a = missions.add(m(US, RU, MissionRank.AMBASSADOR, "George Frost Kennan", "1952-05-14", "1952-09-19"));
        Mission b = missions.add(m(US, CA, MissionRank.AMBASSADOR, "Kennan's namesake", "1990", null));
        Mission c = missions.add(m(RU, CA, MissionRank.AMBASSADOR, "Oleg Stepanov", "2021", null));
        assertThat(missions.search("kennan")).containsExactly(a, b);
        assertThat(missions.search("kennan george")).containsExactly(a);
        assertThat(missions.search("")).isEmpty();
        missions.moveToTrash(List.of(b.id()));
        assertThat(missions.search("kennan")).containsExactly(a);
        assertThat(missions.search("stepanov")).containsExactly(c);
    }

    @Test
    void theTrashHidesAMissionUntilRestoredAndPurgeRemovesIt() {
        Mission a = missions.add(m(US, RU, MissionRank.AMBASSADOR, "A", "2020-01-16", null));
        Mission b = missions.add(TestMissions.full());
        missions.moveToTrash(List.of(a.id()));
        assertThat(missions.count()).isEqualTo(1);
        assertThat(missions.get(a.id())).isEmpty();
        assertThat(missions.forPair(Dyad.of(US, RU))).isEmpty();
        assertThat(missions.inPost(LocalDate.parse("2022-01-29"))).containsExactly(b);
        assertThat(missions.trash()).containsExactly(a);
        missions.restore(List.of(a.id()));
        assertThat(missions.get(a.id())).contains(a);
        assertThat(missions.trash()).isEmpty();
        missions.purge(List.of(a.id(), b.id()));
        assertThat(missions.count()).isZero();
        assertThat(missions.all()).isEmpty();
        // a removed mission comes back with its id (undo)
        assertThat(missions.add(b)).isEqualTo(b);
        assertThat(missions.get(b.id())).contains(b);
    }

    @Test
    void anUpdateKeepsIdAndCreatedAndReplacesTheSources() {
        Mission stored = missions.add(TestMissions.full());
        Mission changed = new Mission(stored.id(), stored.sending(), stored.receiving(), "Someone else", null,
                MissionRank.CHARGE_AD_INTERIM, stored.from(), PartialDate.parse("2023"), MissionEnd.LEFT_POST, null,
                stored.sources().subList(0, 1), stored.provenance(), stored.created(), stored.modified());
        Mission updated = missions.update(changed);
        assertThat(updated.id()).isEqualTo(stored.id());
        assertThat(updated.created()).isEqualTo(stored.created());
        assertThat(missions.get(stored.id())).contains(updated);
        assertThat(updated.sources()).hasSize(1);
        assertThatThrownBy(() -> missions.update(changed.withId(999, null, null))).isInstanceOf(StoreException.class);
    }

    @Test
    void aFailedWriteChangesNothing() {
        missions.add(m(US, RU, MissionRank.AMBASSADOR, "A", "2020", null));
        Mission a = missions.all().get(0);
        assertThatThrownBy(() -> missions.add(a)).as("the same id twice").isInstanceOf(StoreException.class);
        assertThat(missions.count()).isEqualTo(1);
    }

    @Test
    void anImportAddsEachRecordOnceAndACancelledOneNothing() {
        Provenance ds = new Provenance(Provenance.Origin.DATASET_IMPORT, "D", "f.xml", "x-1", null);
        Mission fromDataset = Mission.builder().sending(US).receiving(RU).head("A").from(PartialDate.parse("2000"))
                .provenance(ds).build();
        Mission sameRecordRevised = Mission.builder().sending(US).receiving(RU).head("A, Jr.")
                .from(PartialDate.parse("2000")).to(PartialDate.parse("2003")).provenance(ds).build();
        Mission typed = m(US, CA, MissionRank.ENVOY, "B", "1950", "1952");
        ImportCounts first = missions.importAll(List.of(fromDataset, typed, typed).iterator(), () -> false);
        assertThat(first).isEqualTo(new ImportCounts(2, 1));
        ImportCounts again = missions.importAll(List.of(sameRecordRevised, typed).iterator(), () -> false);
        assertThat(again).isEqualTo(new ImportCounts(0, 2));
        assertThat(missions.count()).isEqualTo(2);
        if (backend == Backend.SQLITE) {
            assertThat(Backups.of(db.file()).list()).as("a backup of the file before each import").isNotEmpty();
        }

        assertThatThrownBy(() -> missions.importAll(List.of(m(US, CA, MissionRank.ENVOY, "C", "1960", null)).iterator(),
                () -> true)).isInstanceOf(CancellationException.class);
        assertThat(missions.count()).isEqualTo(2);
    }
}
