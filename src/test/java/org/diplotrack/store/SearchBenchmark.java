package org.diplotrack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.diplotrack.RandomContacts;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.ui.ContactsPageViewModel;

/**
 * Issue 3's benchmark: on a generated database of a million contacts, the time from a changed
 * search term or filter to the first page of results (count + first page, what the window
 * runs), each next to the obvious alternative in the same run, and the heap the window's state
 * needs against holding every contact in memory.
 *
 * <p>Run with {@code src/tools/search-benchmark.sh [CONTACTS] [DB]} (see the README).
 */
public final class SearchBenchmark {
    private static final String[] COUNTRIES = Countries.all().stream()
            .filter(c -> Countries.former(c).isEmpty()).map(c -> c.alpha2()).limit(60)
            .toArray(String[]::new);
    private static final int RUNS = 15;
    /** Rows per page, as the window shows them. */
    private static final int PAGE = ContactsPageViewModel.PAGE_SIZE;
    /** The alternatives are slow scans; fewer runs of them give the same picture. */
    private static final int ALTERNATIVE_RUNS = 5;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/diplotrack-bench-"
                + size + ".db");
        long heapBefore = usedHeap();
        long opening = System.nanoTime();
        try (Database db = Database.open(file, List::of)) {
            // Opening includes the backup and the schema upgrade when an existing file needs one.
            System.out.printf("opened in %.1f s%n", (System.nanoTime() - opening) / 1e9);
            fill(db, size);
            ContactRepository repo = db.contacts();
            System.out.printf("database: %s, %,d contacts, %,d MB%n", file, repo.count(), Files.size(file) >> 20);
            ContactOrder byDate = ContactOrder.BY_DATE;

            System.out.println("\nmedian ms over " + RUNS + " runs, alternatives over " + ALTERNATIVE_RUNS
                + " (count + first page of " + PAGE + ", as the window does)");
            System.out.printf("%-44s %10s %12s %8s%n", "query", "diplotrack", "alternative", "ratio");
            for (String term : List.of("Lavrov", "sanctions", "sanc", "Gazette 7")) {
                ContactFilter filter = ContactFilter.ALL.withText(term);
                double fts = median(() -> firstPage(repo, filter, byDate));
                double like = median(ALTERNATIVE_RUNS, () -> likeScan(db, term));
                row("full text \"" + term + "\" (FTS5 vs LIKE scan)", fts, like);
            }
            Dyad pair = Dyad.parse(COUNTRIES[0] + "-" + COUNTRIES[1]);
            ContactFilter narrow = ContactFilter.forDyad(pair).withRange(PartialDate.parse("2000"),
                    PartialDate.parse("2010")).withLevels(Set.of(Level.MINISTER, Level.HEAD_OF_STATE));
            double indexed = median(() -> firstPage(repo, narrow, byDate));
            double scanned = median(ALTERNATIVE_RUNS, () -> unindexedScan(db, pair));
            row("pair + 2000..2010 + levels (index vs scan)", indexed, scanned);
            ContactFilter wide = ContactFilter.ALL.withRange(PartialDate.parse("2015"), PartialDate.parse("2016"))
                    .withLevels(Set.of(Level.AMBASSADOR));
            row("all pairs + 2015..2016 + ambassador", median(() -> firstPage(repo, wide, byDate)), Double.NaN);
            row("open: pairs list (GROUP BY pair)", median(() -> repo.dyads().size()), Double.NaN);
            row("open: total contacts (\"of M\")", median(() -> repo.count()), Double.NaN);
            row("timeline marks of the pair", median(() -> repo.marks(ContactFilter.forDyad(pair),
                    ContactsPageViewModel.TIMELINE_LIMIT).size()), Double.NaN);
            // Several pairs (chosen together, or a pair with its predecessors', decision 0024): the
            // pair index named, against the plan SQLite picks by itself for the same SQL.
            ContactFilter three = ContactFilter.ALL.withPairs(Set.of(pair, Dyad.parse(COUNTRIES[0] + "-"
                    + COUNTRIES[2]), Dyad.parse(COUNTRIES[1] + "-" + COUNTRIES[2])));
            row("three pairs (pair index vs planner's own)", median(() -> firstPage(repo, three, byDate)),
                    median(ALTERNATIVE_RUNS, () -> plannersOwn(db, three)));

            // What SQLite chose for each query above: a change of index shows here before it shows
            // in the times (QueryPlanTest checks the same plans on a small generated file).
            System.out.println("\nquery plans (EXPLAIN QUERY PLAN; count, then page or marks):");
            printPlans(db, "full text \"sanctions\"", ContactFilter.ALL.withText("sanctions"), false);
            printPlans(db, "pair + 2000..2010 + levels", narrow, false);
            printPlans(db, "all pairs + 2015..2016 + ambassador", wide, false);
            printPlans(db, "timeline marks of the pair", ContactFilter.forDyad(pair), true);
            printPlans(db, "three pairs", three, false);
            printPlans(db, "timeline marks of all pairs", ContactFilter.ALL, true);
            printPlan(db, "pairs list", c -> new SqlContactRepository.Query(SqlContactRepository.DYADS,
                    List.of()));

            long windowState = heapOf(() -> {
                List<Object> state = new ArrayList<>();
                state.add(repo.dyads());
                state.add(repo.page(ContactFilter.forDyad(pair), byDate, 0, PAGE));
                state.add(repo.find(ContactFilter.forDyad(pair)));
                state.add(repo.trash());
                return state;
            });
            long everything = heapOf(() -> repo.find(ContactFilter.ALL));
            System.out.printf("%nheap held: window state (pairs, one page, the pair's contacts for its summary,"
                    + " trash) %,d KB; all %,d contacts in memory %,d MB (%.0fx)%n", windowState >> 10, size,
                    everything >> 20, (double) everything / Math.max(1, windowState));
        }
        System.out.printf("heap before opening: %,d MB%n", heapBefore >> 20);
    }

    private static void fill(Database db, int size) {
        int have = db.contacts().count();
        if (have >= size) {
            return;
        }
        RandomContacts random = new RandomContacts(42 + have, COUNTRIES);
        long start = System.nanoTime();
        for (int done = have; done < size; ) {
            int batch = Math.min(50_000, size - done);
            db.contacts().insertAll(random.next(batch));
            done += batch;
            System.out.printf("generated %,d of %,d contacts (%.0f s)%n", done, size, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void printPlans(Database db, String label, ContactFilter filter, boolean marks) {
        printPlan(db, label + ", count", c -> SqlContactRepository.countQuery(c, filter));
        printPlan(db, label + (marks ? ", marks" : ", page"), c -> marks
                ? SqlContactRepository.marksQuery(c, filter, ContactsPageViewModel.TIMELINE_LIMIT)
                : SqlContactRepository.pageQuery(c, filter, ContactOrder.BY_DATE, 0, PAGE));
    }

    private static void printPlan(Database db, String label, SqlWork<SqlContactRepository.Query> query) {
        List<String> lines = db.read(c -> {
            SqlContactRepository.Query q = query.run(c);
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + q.sql())) {
                SqlContactRepository.bind(ps, q.params().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString("detail"));
                    }
                }
            }
            return found;
        });
        System.out.printf("  %-44s %s%n", label, String.join(" / ", lines));
    }

    private static int firstPage(ContactRepository repo, ContactFilter filter, ContactOrder order) {
        return repo.count(filter) + repo.page(filter, order, 0, PAGE).size();
    }

    /** The obvious alternative to FTS5: LIKE over the same text columns, count and first page. */
    private static int likeScan(Database db, String term) {
        return db.read(c -> {
            String where = "deleted IS NULL AND (summary LIKE ?1 OR location LIKE ?1"
                    + " OR id IN (SELECT contact_id FROM participant WHERE name LIKE ?1 OR title LIKE ?1)"
                    + " OR id IN (SELECT contact_id FROM source WHERE publication LIKE ?1 OR title LIKE ?1"
                    + " OR quote LIKE ?1) OR id IN (SELECT contact_id FROM tag WHERE tag LIKE ?1))";
            int n = 0;
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM contact WHERE " + where);
                 PreparedStatement page = c.prepareStatement("SELECT id FROM contact WHERE " + where
                         + " ORDER BY day_from, id LIMIT " + PAGE)) {
                for (PreparedStatement ps : List.of(count, page)) {
                    ps.setString(1, "%" + term + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n++;
                        }
                    }
                }
            }
            return n;
        });
    }

    /** Count and first page of several pairs as the store writes them, but without naming the index. */
    private static int plannersOwn(Database db, ContactFilter filter) {
        return db.read(c -> {
            int n = 0;
            for (SqlContactRepository.Query q : List.of(SqlContactRepository.countQuery(c, filter),
                    SqlContactRepository.pageQuery(c, filter, ContactOrder.BY_DATE, 0, PAGE))) {
                try (PreparedStatement ps = c.prepareStatement(q.sql().replace(" INDEXED BY contact_live_pair_day", ""))) {
                    SqlContactRepository.bind(ps, q.params().toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n++;
                        }
                    }
                }
            }
            return n;
        });
    }

    /** The same pair + range + level filter with its index disabled ({@code +pair}): a full scan. */
    private static int unindexedScan(Database db, Dyad pair) {
        return db.read(c -> {
            String where = "deleted IS NULL AND +pair = ? AND day_to >= ? AND day_from <= ? AND level IN (?, ?)";
            int n = 0;
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM contact WHERE " + where);
                 PreparedStatement page = c.prepareStatement("SELECT id FROM contact WHERE " + where
                         + " ORDER BY +day_from, id LIMIT " + PAGE)) {
                for (PreparedStatement ps : List.of(count, page)) {
                    ps.setString(1, pair.code());
                    ps.setLong(2, PartialDate.parse("2000").firstDay().toEpochDay());
                    ps.setLong(3, PartialDate.parse("2010").lastDay().toEpochDay());
                    ps.setString(4, Level.MINISTER.code());
                    ps.setString(5, Level.HEAD_OF_STATE.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n++;
                        }
                    }
                }
            }
            return n;
        });
    }

    private static double median(Supplier<Object> work) {
        return median(RUNS, work);
    }

    private static double median(int runs, Supplier<Object> work) {
        work.get(); // warm the page cache and the JIT once
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void row(String label, double ours, double alternative) {
        System.out.printf("%-44s %10.2f %12s %8s%n", label, ours,
                Double.isNaN(alternative) ? "-" : String.format("%.2f", alternative),
                Double.isNaN(alternative) ? "-" : String.format("%.0fx", alternative / ours));
    }

    /** Heap still held by what {@code build} returns, after collections. */
    private static long heapOf(Supplier<Object> build) {
        long before = usedHeap();
        Object kept = build.get();
        long after = usedHeap();
        if (kept.hashCode() == 42) { // keep it reachable until measured
            System.out.print("");
        }
        return Math.max(0, after - before);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
