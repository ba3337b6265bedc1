package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplotrack.RandomContacts;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.ui.ContactsPageViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which index each query the window runs most uses, read with {@code EXPLAIN QUERY PLAN} from the
 * SQL the repository itself builds (its package-private query methods), on a generated database:
 * 13,000 contacts between 30 countries (435 pairs) over 35 years, one pair busier than the rest
 * (3,000), every level. Each plan is checked three ways: without statistics (as the app leaves a file), with the
 * sampled statistics {@code PRAGMA optimize} writes, and after a full {@code ANALYZE} (STAT4 is
 * compiled in) — the plans must not depend on whether anyone ran ANALYZE.
 *
 * <p>Issue 13: a covering index by day (schema 5) once took over the pair + range + level query
 * from the pair index (76 ms instead of 2 ms on a million contacts) and no test noticed.
 */
class QueryPlanTest {
    /** How the database's statistics stand when the plans are read. */
    enum Stats {
        /** No sqlite_stat1: what DiploTrack writes. */
        NONE,
        /** What {@code PRAGMA optimize} writes: ANALYZE under its temporary analysis_limit (sampled). */
        OPTIMIZE,
        /** A full ANALYZE: sqlite_stat1 and sqlite_stat4. */
        ANALYZE
    }

    private static final String PAIR_INDEX = "SEARCH contact USING COVERING INDEX contact_live_pair_day";
    private static final String DAY_INDEX = "SEARCH contact USING COVERING INDEX contact_live_day";
    private static final int PAGE = ContactsPageViewModel.PAGE_SIZE;

    @TempDir
    static Path dir;
    private static Path generated;
    /** The pair the window opens on: the one with the most contacts. */
    private static Dyad busiest;
    /** One of the many pairs with a few dozen contacts. */
    private static Dyad ordinary;
    private static final Map<Stats, Database> OPEN = new EnumMap<>(Stats.class);

    @BeforeAll
    static void generate() {
        generated = dir.resolve("generated.db");
        String[] countries = Countries.all().stream()
                .filter(c -> Countries.former(c).isEmpty()).map(Country::alpha2).limit(30).toArray(String[]::new);
        try (Database db = Database.open(generated, List::of)) {
            db.contacts().insertAll(new RandomContacts(13, countries).next(10_000));
            db.contacts().insertAll(new RandomContacts(14, new String[] {"CA", "RU"}).next(3_000));
            // Missions of many pairs, so that the day index would be a long read.
            java.util.Random random = new java.util.Random(15);
            for (int i = 0; i < 600; i++) {
                Country sending = Countries.lookup(countries[random.nextInt(countries.length)]);
                Country receiving = Countries.lookup(countries[(java.util.Arrays.asList(countries)
                        .indexOf(sending.alpha2()) + 1 + random.nextInt(countries.length - 1)) % countries.length]);
                db.missions().add(org.diplotrack.TestMissions.of(sending, receiving,
                        org.diplotrack.model.MissionRank.AMBASSADOR, "Head " + i, (1900 + i / 10) + "-01-01", null));
            }
            busiest = db.contacts().dyads().get(0).dyad();
            ordinary = db.contacts().dyads().get(200).dyad();
        }
        assertThat(busiest.code()).isEqualTo("CA-RU");
    }

    @AfterAll
    static void closeAll() {
        OPEN.values().forEach(Database::close);
    }

    /** A copy of the generated file with its statistics as {@code stats} says. */
    private static Database db(Stats stats) {
        return OPEN.computeIfAbsent(stats, s -> {
            Path file = dir.resolve("stats-" + s + ".db");
            try {
                Files.copy(generated, file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Database db = Database.open(file, List::of);
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    switch (s) {
                        case NONE -> { }
                        // Analyse every table, under the limit optimize sets itself (the 0x10 bit).
                        case OPTIMIZE -> st.execute("PRAGMA optimize = 0x10012");
                        case ANALYZE -> {
                            st.execute("PRAGMA analysis_limit = 0");
                            st.execute("ANALYZE");
                        }
                    }
                }
                return null;
            });
            assertThat(statRows(db, "sqlite_stat1")).as("sqlite_stat1 rows for contact").satisfies(rows -> {
                if (s == Stats.NONE) {
                    assertThat(rows).isZero();
                } else {
                    assertThat(rows).isPositive();
                }
            });
            assertThat(statRows(db, "sqlite_stat4") > 0).as("sqlite_stat4").isEqualTo(s == Stats.ANALYZE);
            return db;
        });
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void anImportFindsTheContactsOnRecordAndTheKnownReportsByIndex(Stats stats) {
        // Once per bucket and once per row of a million-row import: a scan here made it quadratic.
        assertThat(plan(stats, c -> new SqlContactRepository.Query(BulkImport.ON_RECORD,
                List.of(busiest.code(), 18_000L, 18_000L, "held", "multilateral", "France, Germany", "2019-04-14"))))
                .singleElement().asString().startsWith("SEARCH contact USING INDEX contact_live_pair_day");
        assertThat(plan(stats, c -> new SqlContactRepository.Query(ReportRows.KNOWN,
                List.of("500000000", "GDELT 1.0", "2019-04-14", "key"))))
                .filteredOn(line -> line.startsWith("SCAN") || line.startsWith("SEARCH"))
                .containsExactly("SEARCH report USING COVERING INDEX report_event (event_id=? AND dataset=? AND date=?)",
                        "SEARCH contact USING COVERING INDEX contact_import_key (import_key=?)");
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void aPairReadsThePairIndexAlone(Stats stats) {
        for (Dyad pair : List.of(busiest, ordinary)) {
            ContactFilter filter = ContactFilter.forDyad(pair);
            assertThat(countPlan(stats, filter)).containsExactly(PAIR_INDEX + " (deleted=? AND pair=?)");
            assertThat(pagePlan(stats, filter)).containsExactly(PAIR_INDEX + " (deleted=? AND pair=?)");
        }
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void aPairWithItsPredecessorsOrSeveralPairsAreOneLookupOfThePairIndexPerPair(Stats stats) {
        ContactFilter predecessors = ContactFilter.forDyad(Dyad.parse("RU-US")).withPredecessors(true);
        assertThat(predecessors.dyads()).hasSizeGreaterThan(1); // RU-US, SU-US, …
        for (ContactFilter filter : List.of(predecessors, ContactFilter.ALL.withPairs(Set.of(busiest, ordinary)))) {
            assertThat(countPlan(stats, filter)).containsExactly(PAIR_INDEX + " (deleted=? AND pair=?)");
            assertThat(pagePlan(stats, filter)).first().isEqualTo(PAIR_INDEX + " (deleted=? AND pair=?)");
            assertThat(pagePlan(stats, filter)).noneMatch(step -> step.startsWith("SCAN"));
            assertThat(plan(stats, c -> SqlContactRepository.marksQuery(c, filter, 1000))).first()
                    .isEqualTo(PAIR_INDEX + " (deleted=? AND pair=?)");
        }
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void aPairWithADateRangeAndLevelsReadsThePairIndexOverTheRange(Stats stats) {
        for (Dyad pair : List.of(busiest, ordinary)) {
            ContactFilter filter = ContactFilter.forDyad(pair)
                    .withRange(PartialDate.parse("2000"), PartialDate.parse("2010"))
                    .withLevels(Set.of(Level.MINISTER, Level.HEAD_OF_STATE));
            String plan = PAIR_INDEX + " (deleted=? AND pair=? AND day_from>? AND day_from<?)";
            assertThat(countPlan(stats, filter)).containsExactly(plan);
            assertThat(pagePlan(stats, filter)).containsExactly(plan);
        }
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void aDateRangeOfAllPairsReadsTheDayIndexOverTheRange(Stats stats) {
        ContactFilter range = ContactFilter.ALL.withRange(PartialDate.parse("2015"), PartialDate.parse("2016"));
        for (ContactFilter filter : List.of(range, range.withLevels(Set.of(Level.AMBASSADOR)))) {
            String plan = DAY_INDEX + " (deleted=? AND day_from>? AND day_from<?)";
            assertThat(countPlan(stats, filter)).containsExactly(plan);
            assertThat(pagePlan(stats, filter)).containsExactly(plan);
        }
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void wordsAloneAreCountedAndPagedFromTheTextIndexInItsOrder(Stats stats) {
        for (String words : List.of("sanctions", "sanc", "Gazette 7")) {
            ContactFilter filter = ContactFilter.ALL.withText(words);
            // No row of contact is read, and no sort: the index's rowid order is the date order.
            assertThat(countPlan(stats, filter)).singleElement().asString()
                    .startsWith("SCAN contact_text VIRTUAL TABLE INDEX ");
            assertThat(pagePlan(stats, filter)).singleElement().asString()
                    .startsWith("SCAN contact_text VIRTUAL TABLE INDEX ");
            assertThat(plan(stats, c -> SqlContactRepository.pageQuery(c, filter,
                    new ContactOrder(ContactOrder.Key.DATE, false), 0, PAGE))).singleElement().asString()
                    .startsWith("SCAN contact_text VIRTUAL TABLE INDEX ");
        }
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void theTimelinesMarksComeFromACoveringIndexInDateOrder(Stats stats) {
        int limit = ContactsPageViewModel.TIMELINE_LIMIT;
        assertThat(plan(stats, c -> SqlContactRepository.marksQuery(c, ContactFilter.ALL, limit)))
                .as("all pairs").containsExactly(DAY_INDEX + " (deleted=?)");
        assertThat(plan(stats, c -> SqlContactRepository.marksQuery(c, ContactFilter.forDyad(busiest), limit)))
                .as("one pair").containsExactly(PAIR_INDEX + " (deleted=? AND pair=?)");
        ContactFilter range = ContactFilter.ALL.withRange(PartialDate.parse("2015"), PartialDate.parse("2016"));
        assertThat(plan(stats, c -> SqlContactRepository.marksQuery(c, range, limit)))
                .as("all pairs in a range").containsExactly(DAY_INDEX + " (deleted=? AND day_from>? AND day_from<?)");
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void aPairsMissionsAreTwoLookupsOfTheMissionsPairIndex(Stats stats) {
        assertThat(plan(stats, c -> SqlMissionRepository.pairQuery(ordinary))).containsExactly(
                "SEARCH m USING COVERING INDEX missions_live_pair (deleted=? AND sending=? AND receiving=?)",
                "USE TEMP B-TREE FOR ORDER BY");
    }

    @ParameterizedTest
    @EnumSource(Stats.class)
    void thePairListAndTheTotalReadOnlyPairStats(Stats stats) {
        assertThat(plan(stats, c -> new SqlContactRepository.Query(SqlContactRepository.DYADS, List.of())))
                .containsExactly("SCAN pair_stats", "USE TEMP B-TREE FOR ORDER BY");
        assertThat(countPlan(stats, ContactFilter.ALL)).containsExactly("SCAN pair_stats");
    }

    private static List<String> countPlan(Stats stats, ContactFilter filter) {
        return plan(stats, c -> SqlContactRepository.countQuery(c, filter));
    }

    /** The plan of the first page in date order, as the window asks for it. */
    private static List<String> pagePlan(Stats stats, ContactFilter filter) {
        return plan(stats, c -> SqlContactRepository.pageQuery(c, filter, ContactOrder.BY_DATE, 0, PAGE));
    }

    /** The plan's lines (the {@code detail} column), with the query's own parameters bound. */
    private static List<String> plan(Stats stats, SqlWork<SqlContactRepository.Query> query) {
        return db(stats).read(c -> {
            SqlContactRepository.Query q = query.run(c);
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + q.sql())) {
                SqlContactRepository.bind(ps, q.params().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
            }
            return lines;
        });
    }

    private static int statRows(Database db, String table) {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet exists = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = '" + table + "'")) {
                if (!exists.next() || exists.getInt(1) == 0) {
                    return 0;
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table + " WHERE tbl = 'contact'")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}
