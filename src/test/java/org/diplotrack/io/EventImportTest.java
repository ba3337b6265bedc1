package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.diplotrack.model.UnknownCountryException;
import org.junit.jupiter.api.Test;

/**
 * The importers on the real samples. The expected numbers are counted here by plain splitting
 * of the files, separately from the importers' code.
 */
class EventImportTest {
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static ImportReport run(Path file, ImportFormat format, CollectingStore store) {
        return new DataImport().run(file, format, false, ImportProgress.NONE, () -> false, store);
    }

    @Test
    void icewsImportsEveryContactRowWhoseActorsAreTwoKnownDistinctStates() throws IOException {
        List<String> lines = lines(Fixtures.icews());
        Map<SkipReason, Long> expected = FixtureCounts.icews();
        assertThat(expected.get(null)).isGreaterThan(100);

        CollectingStore store = new CollectingStore();
        ImportReport report = run(Fixtures.icews(), ImportFormat.AUTO, store);

        assertThat(report.format()).isEqualTo(ImportFormat.ICEWS);
        assertThat((long) store.contacts.size()).isEqualTo(expected.get(null));
        assertThat(report.imported()).isEqualTo(expected.get(null));
        assertThat(report.rows()).isEqualTo(lines.size() - 1);
        assertThat(report.imported() + report.alreadyPresent() + report.skipped()).isEqualTo(report.rows());
        for (SkipReason reason : SkipReason.values()) {
            assertThat(report.skipped(reason)).as("rows skipped as %s", reason)
                    .isEqualTo(expected.getOrDefault(reason, 0L));
        }
        assertThat(report.skipped(SkipReason.MALFORMED)).isZero();
        assertThat(report.skipped(SkipReason.NOT_CONTACT_CODE)).isPositive();
        assertThat(report.skipped(SkipReason.SAME_COUNTRY)).isPositive();
        assertThat(report.skipped(SkipReason.UNKNOWN_COUNTRY)).isPositive();
        assertThat(report.skipped(SkipReason.INTERNATIONAL_ORGANISATION)).isPositive();
    }

    @Test
    void icewsPompeoKimNegotiationOfJuneFirst2018() {
        CollectingStore store = new CollectingStore();
        run(Fixtures.icews(), ImportFormat.ICEWS, store);
        Contact c = store.contacts.stream().filter(k -> "32891174".equals(k.provenance().eventId())).findFirst()
                .orElseThrow();
        assertThat(c.date()).isEqualTo(PartialDate.parse("2018-06-01"));
        assertThat(c.a().country()).isEqualTo(Country.of("US"));
        assertThat(c.b().country()).isEqualTo(Country.of("KP"));
        assertThat(c.b().participants().get(0).name()).isEqualTo("Kim Yong-chol");
        // "Government,Executive,Foreign Ministry" alone would not say how senior (decision 0023):
        // the office-holders table does, Secretary of State since 26 April 2018.
        assertThat(c.a().level()).isEqualTo(Level.MINISTER);
        assertThat(c.a().portfolio()).isEqualTo("foreign affairs");
        assertThat(c.a().participants()).containsExactly(new Participant("Mike Pompeo", "Secretary of State"));
        assertThat(c.b().level()).isEqualTo(Level.UNKNOWN);
        // Kim Yong-chol holds no rank the scale knows: Pompeo's does not make it a ministers' meeting (decision 0026).
        assertThat(c.level()).isEqualTo(Level.UNKNOWN);
        assertThat(c.mode()).isEqualTo(Mode.NEGOTIATION);
        assertThat(c.status()).isEqualTo(Status.HELD);
        assertThat(c.location()).isEqualTo("New York City, United States");
        assertThat(c.sources().get(0).publication()).isEqualTo("Yonhap English News");
        assertThat(c.provenance()).isEqualTo(new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS",
                "icews-2018-sample.tab", "32891174", "046"));

        Contact reverse = store.contacts.stream().filter(k -> "32891175".equals(k.provenance().eventId()))
                .findFirst().orElseThrow();
        assertThat(reverse.a().country()).isEqualTo(Country.of("KP"));
        assertThat(reverse.b().level()).isEqualTo(Level.MINISTER); // Pompeo, the other way round
    }

    @Test
    void icewsHeadsOfStateOrGovernmentByExecutiveOfficeOrTheOfficeHoldersTable() {
        CollectingStore store = new CollectingStore();
        run(Fixtures.icews(), ImportFormat.ICEWS, store);
        // ICEWS does not say which of the two; the table does for those it lists (decision 0023).
        assertThat(sideNamed(store, "Donald Trump")).isNotEmpty().allMatch(s -> s.level() == Level.HEAD_OF_STATE);
        assertThat(sideNamed(store, "Shinzo Abe")).isNotEmpty().allMatch(s -> s.level() == Level.HEAD_OF_GOVERNMENT);
        assertThat(sideNamed(store, "Joko Widodo")).isNotEmpty() // not in the table: Executive Office alone
                .allMatch(s -> s.level() == Level.HEAD_OF_STATE_OR_GOVERNMENT);
        // "Executive Office" would make Walid Muallem a head; the table knows him as foreign minister.
        assertThat(sideNamed(store, "Walid Muallem")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.level()).isEqualTo(Level.MINISTER);
            assertThat(s.portfolio()).isEqualTo("foreign affairs");
        });
        // A generic actor that is a body, not one person's office, is no participant.
        assertThat(store.contacts).filteredOn(c -> "32889836".equals(c.provenance().eventId())).singleElement()
                .satisfies(c -> assertThat(c.a().participants()).isEmpty());
    }

    /** Every side of the imported contacts whose first participant has this name. */
    private static List<Side> sideNamed(CollectingStore store, String name) {
        return store.contacts.stream().flatMap(c -> java.util.stream.Stream.of(c.a(), c.b()))
                .filter(s -> !s.participants().isEmpty() && name.equals(s.participants().get(0).name())).toList();
    }

    @Test
    void gdelt2ImportsEveryContactRowWhoseActorsAreTwoKnownDistinctStates() throws IOException {
        List<String> lines = lines(Fixtures.gdelt2());
        Map<SkipReason, Long> expected = FixtureCounts.gdelt2();
        assertThat(expected.get(null)).isGreaterThan(10);

        CollectingStore store = new CollectingStore();
        ImportReport report = run(Fixtures.gdelt2(), ImportFormat.AUTO, store);

        assertThat(report.format()).isEqualTo(ImportFormat.GDELT2);
        assertThat(report.imported()).isEqualTo(expected.get(null));
        assertThat((long) store.contacts.size()).isEqualTo(expected.get(null));
        assertThat(report.rows()).isEqualTo(lines.size());
        assertThat(report.imported() + report.alreadyPresent() + report.skipped()).isEqualTo(report.rows());
        for (SkipReason reason : SkipReason.values()) {
            assertThat(report.skipped(reason)).as("rows skipped as %s", reason)
                    .isEqualTo(expected.getOrDefault(reason, 0L));
        }
        assertThat(report.skipped(SkipReason.MALFORMED)).isZero();
        assertThat(store.contacts).allSatisfy(c -> {
            assertThat(c.provenance().dataset()).isEqualTo("GDELT 2.0");
            assertThat(c.provenance().cameoCode()).matches("(036|04[0-6]|125)\\d*");
            assertThat(c.sources()).hasSize(1);
            assertThat(c.sources().get(0).url()).startsWith("http");
            assertThat(c.date().year()).isBetween(1979, 2019);
        });
    }

    @Test
    void gdeltHostAndVisitKeepTheActorOrderAndMode() {
        CollectingStore store = new CollectingStore();
        run(Fixtures.gdelt2(), ImportFormat.GDELT2, store);
        assertThat(store.contacts).filteredOn(c -> c.provenance().cameoCode().startsWith("043"))
                .allMatch(c -> c.mode() == Mode.HOSTED_VISIT);
        assertThat(store.contacts).filteredOn(c -> c.provenance().cameoCode().startsWith("042"))
                .allMatch(c -> c.mode() == Mode.VISIT);
    }

    @Test
    void levelRulesReadTitlesAndSectors() {
        assertThat(LevelRules.gdelt("PRIME MINISTER")).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(LevelRules.gdelt("PRESIDENT")).isEqualTo(Level.HEAD_OF_STATE);
        assertThat(LevelRules.gdelt("VICE PRESIDENT")).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.gdelt("DEPUTY FOREIGN MINISTER")).isEqualTo(Level.DEPUTY_MINISTER);
        assertThat(LevelRules.gdelt("FOREIGN MINISTER")).isEqualTo(Level.MINISTER);
        assertThat(LevelRules.gdelt("AMBASSADOR")).isEqualTo(Level.AMBASSADOR);
        assertThat(LevelRules.gdelt("VLADIMIR PUTIN")).isEqualTo(Level.UNKNOWN);
        // ICEWS's generic head of the executive: presidents too ("Head of Government (United States)").
        assertThat(LevelRules.icews("Head of Government (India)", "Government").level())
                .isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
        assertThat(LevelRules.icews("Envoy (North Korea)", "Foreign Ministry").level()).isEqualTo(Level.AMBASSADOR);
        assertThat(LevelRules.icews("Foreign Affairs (Russia)", "Foreign Ministry").level()).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.icews("Sergey Viktorovich Lavrov", "Government,Cabinet,Executive").level())
                .isEqualTo(Level.MINISTER);
        assertThat(LevelRules.icews("Kim Yong-chol", "Government").level()).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.icews("Pham Binh Minh", "Government,Executive Office,Executive,Foreign Ministry"))
                .isEqualTo(new LevelRules.Inferred(Level.HEAD_OF_STATE_OR_GOVERNMENT, null));
        assertThat(LevelRules.icews("Binali Yildirim", "Government,Executive Office,Executive").level())
                .isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
    }

    /** The GDELT 2.0 sample cut to 1.0's shape: without the three ADM2 columns (58), and without SOURCEURL (57). */
    @Test
    void gdelt1FilesOf58And57ColumnsGiveTheSameContacts(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> lines = lines(Fixtures.gdelt2());
        StringBuilder daily = new StringBuilder();
        StringBuilder back = new StringBuilder();
        for (String line : lines) {
            List<String> f = new java.util.ArrayList<>(List.of(line.split("\t", -1)));
            f.remove(55);
            f.remove(47);
            f.remove(39);
            daily.append(String.join("\t", f)).append('\n');
            back.append(String.join("\t", f.subList(0, 57))).append('\n');
        }
        Path file58 = Files.writeString(dir.resolve("20191024.export.CSV"), daily);
        Path file57 = Files.writeString(dir.resolve("2005.csv"), back);
        CollectingStore v2 = new CollectingStore();
        run(Fixtures.gdelt2(), ImportFormat.AUTO, v2);
        for (Path file : List.of(file58, file57)) {
            CollectingStore v1 = new CollectingStore();
            ImportReport report = run(file, ImportFormat.AUTO, v1);
            assertThat(report.format()).isEqualTo(ImportFormat.GDELT1);
            assertThat(report.skipped(SkipReason.MALFORMED)).isZero();
            assertThat(v1.contacts).hasSameSizeAs(v2.contacts);
            for (int i = 0; i < v1.contacts.size(); i++) {
                assertThat(v1.contacts.get(i).location()).isEqualTo(v2.contacts.get(i).location());
                assertThat(v1.contacts.get(i).provenance().dataset()).isEqualTo("GDELT 1.0");
            }
        }
        CollectingStore v1 = new CollectingStore();
        run(file58, ImportFormat.GDELT1, v1);
        assertThat(v1.contacts.get(0).sources()).isEqualTo(v2.contacts.get(0).sources());
    }
}
