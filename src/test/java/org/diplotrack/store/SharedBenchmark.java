package org.diplotrack.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestPostgres;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.ui.ContactsPageViewModel;

/**
 * Issue 14's benchmark: the window's reads on a record of CONTACTS generated contacts, on a
 * SQLite file and on a PostgreSQL server (the tests' embedded one, on this machine) holding a
 * copy of the same record, side by side in one run; and the time of the copy itself.
 *
 * <p>Run with {@code src/tools/shared-benchmark.sh [CONTACTS] [DB [SERVER]]} (see the README).
 */
public final class SharedBenchmark {
    private static final String[] COUNTRIES = Countries.all().stream()
            .filter(c -> Countries.former(c).isEmpty()).map(c -> c.alpha2()).limit(60)
            .toArray(String[]::new);
    private static final int RUNS = 15;
    private static final int PAGE = ContactsPageViewModel.PAGE_SIZE;

    private SharedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/diplotrack-shared-"
                + size + ".db");
        try (Database db = Database.open(file, List::of)) {
            fill(db, size);
        }
        // A third argument names a server that holds a copy of DB already (a copy of a million takes minutes).
        ServerAddress server = args.length > 2 ? ServerAddress.parse(args[2]) : copied(file);

        Dyad pair = Dyad.parse(COUNTRIES[0] + "-" + COUNTRIES[1]);
        ContactFilter narrow = ContactFilter.forDyad(pair).withRange(PartialDate.parse("2000"),
                PartialDate.parse("2010")).withLevels(Set.of(Level.MINISTER, Level.HEAD_OF_STATE));
        List<Query> queries = List.of(
                new Query("open (connect, checks)", null),
                new Query("pair filter: pair + 2000..2010 + levels", r -> firstPage(r, narrow)),
                new Query("pair: the whole pair, first page", r -> firstPage(r, ContactFilter.forDyad(pair))),
                // A search: the window shows the table's page first, then the count ("N of M").
                new Query("words only \"sanctions\": the page", r -> page(r, ContactFilter.ALL.withText("sanctions"))),
                new Query("words only \"sanctions\": the count", r -> r.count(ContactFilter.ALL.withText("sanctions"))),
                new Query("words only \"Lavrov\": the page", r -> page(r, ContactFilter.ALL.withText("Lavrov"))),
                new Query("words only \"Lavrov\": the count", r -> r.count(ContactFilter.ALL.withText("Lavrov"))),
                new Query("words prefix \"sanc\": the page", r -> page(r, ContactFilter.ALL.withText("sanc"))),
                new Query("words prefix \"sanc\": the count", r -> r.count(ContactFilter.ALL.withText("sanc"))),
                // What the window reads after a search's page: the timeline's marks and, with them, the count.
                new Query("words only \"sanctions\": marks with the count", r -> r.marks(
                        ContactFilter.ALL.withText("sanctions"), ContactsPageViewModel.TIMELINE_LIMIT).total()),
                new Query("  the same, counted first (before)", r -> r.count(ContactFilter.ALL.withText("sanctions"))
                        + r.marks(ContactFilter.ALL.withText("sanctions"), ContactsPageViewModel.TIMELINE_LIMIT).size()),
                new Query("pair list (pairs with counts)", r -> r.dyads().size()),
                new Query("total (\"of M\")", ContactRepository::count),
                new Query("timeline marks of the pair", r -> r.marks(ContactFilter.forDyad(pair),
                        ContactsPageViewModel.TIMELINE_LIMIT).size()),
                new Query("timeline marks of all pairs (load)", r -> r.marks(ContactFilter.ALL,
                        ContactsPageViewModel.TIMELINE_LIMIT).size()));

        System.out.printf("%nmedian ms over %d runs, %,d contacts%n", RUNS, size);
        System.out.printf("%-44s %10s %12s %8s%n", "query", "SQLite", "PostgreSQL", "ratio");
        for (Query q : queries) {
            double sqlite = q.work == null ? medianOpen(() -> Database.openReadOnly(file))
                    : median(Database.openReadOnly(file), q.work);
            double postgres = q.work == null ? medianOpen(() -> SharedDatabase.open(server))
                    : median(SharedDatabase.open(server), q.work);
            System.out.printf("%-44s %10.2f %12.2f %7.1fx%n", q.label, sqlite, postgres, postgres / sqlite);
        }
    }

    private static ServerAddress copied(Path file) throws Exception {
        ServerAddress server = TestPostgres.newDatabase();
        SharedDatabase.init(server, List::of);
        long copying = System.nanoTime();
        try (Database from = Database.openReadOnly(file); Database to = SharedDatabase.open(server)) {
            Map<String, Integer> rows = RecordCopy.copy(from, to);
            System.out.printf("copy of %,d contacts (%,d rows) to PostgreSQL: %.1f s%n", rows.get("contact"),
                    rows.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - copying) / 1e9);
        }
        // What autovacuum does a minute after a large load: the planner's statistics.
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.properties());
             Statement st = c.createStatement()) {
            st.execute("VACUUM ANALYZE");
        }
        return server;
    }

    private record Query(String label, ToIntFunction<ContactRepository> work) {
    }

    private static int page(ContactRepository repo, ContactFilter filter) {
        return repo.page(filter, ContactOrder.BY_DATE, 0, PAGE).size();
    }

    private static int firstPage(ContactRepository repo, ContactFilter filter) {
        return repo.count(filter) + repo.page(filter, ContactOrder.BY_DATE, 0, PAGE).size();
    }

    private static double median(Database db, ToIntFunction<ContactRepository> work) {
        try (db) {
            work.applyAsInt(db.contacts()); // warm-up
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                work.applyAsInt(db.contacts());
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return ms[RUNS / 2];
        }
    }

    private static double medianOpen(java.util.function.Supplier<Database> open) {
        open.get().close();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            open.get().close();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static void fill(Database db, int size) {
        int have = db.contacts().count();
        RandomContacts random = new RandomContacts(42 + have, COUNTRIES);
        long start = System.nanoTime();
        for (int done = have; done < size; ) {
            int batch = Math.min(50_000, size - done);
            db.contacts().insertAll(random.next(batch));
            done += batch;
            System.out.printf("generated %,d of %,d contacts (%.0f s)%n", done, size, (System.nanoTime() - start) / 1e9);
        }
    }
}
