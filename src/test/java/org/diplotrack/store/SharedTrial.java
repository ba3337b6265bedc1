package org.diplotrack.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplotrack.RandomContacts;
import org.diplotrack.TestPostgres;
import org.diplotrack.model.Contact;

/**
 * Issue 14's trial of a team on one server: CLIENTS analysts, each a {@link SharedClient} process
 * logged in as a user of its own with the editor role, write and read for SECONDS; then what
 * they reported saved is compared with what the server holds, and what each one's window last
 * read with the server's final state.
 *
 * <p>{@code src/tools/shared-trial.sh [CLIENTS] [SECONDS]} runs it on the tests' embedded server
 * and prints {@link Result#report()}; {@code SharedTrialTest} runs a short one.
 */
public final class SharedTrial {
    private static final int RECORD = 2_000;
    private static final int COMMON = 10;
    private static final String PASSWORD = "trial-pw";
    private static final java.time.Duration RESTART_DOWN = java.time.Duration.ofSeconds(10);
    /** Twenty JVMs share two cores here: the quick compiler only, and the simplest collector. */
    private static final List<String> CLIENT_JVM = List.of("-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private SharedTrial() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int pauseMs = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        // The windows' pace of news as shipped, then the obvious alternative: every notice read at once.
        for (int pace : new int[] {ChangeWatch.LEAST_BETWEEN_MS, 0}) {
            System.out.printf("%nNews told to a window at most once in %d ms%n", pace);
            System.out.println(run(clients, seconds, pauseMs, pace, 0, Files.createTempDirectory("diplotrack-trial"))
                    .report());
        }
        // The server restarted halfway through, down for RESTART_DOWN: nothing reported saved may be lost.
        System.out.printf("%nThe server restarted after %d s, down for %d s%n", seconds / 2, RESTART_DOWN.toSeconds());
        System.out.println(run(clients, seconds, pauseMs, ChangeWatch.LEAST_BETWEEN_MS, seconds / 2,
                Files.createTempDirectory("diplotrack-trial")).report());
        System.exit(0);
    }

    /** What came out of a trial. Latencies in ms: write = one save; read = a window's reads; change = to another client. */
    record Result(int clients, int seconds, int pauseMs, int saves, int edits, int trashes, int conflicts, int gaveUp,
                  int unsaved, int readsLost,
                  List<String> errors, List<String> lost, List<String> duplicated, int converged,
                  Percentiles write, Percentiles read, Percentiles change) {
        boolean clean() {
            return errors.isEmpty() && lost.isEmpty() && duplicated.isEmpty() && converged == clients;
        }

        String report() {
            return String.format("""
                    %d clients for %d s on one server (%d contacts at the start, %d of them edited by everyone), a mean %d ms between one client's writes
                    writes reported saved: %,d adds, %,d edits, %,d to the trash; conflicts refused and taken up: %,d (given up: %d)
                    saves that found the server away, kept and tried again: %,d; reads that found it away: %,d
                    errors: %d %s
                    lost (reported saved, not on the server as reported): %d %s
                    duplicated or unreported (on the server, not reported once): %d %s
                    windows that converged on the final state: %d of %d
                    save, ms:                        %s
                    window's reads after a change, ms: %s
                    a colleague's change to this window, ms: %s
                    """, clients, seconds, RECORD, COMMON, pauseMs, saves, edits, trashes, conflicts, gaveUp,
                    unsaved, readsLost, errors.size(), head(errors), lost.size(), head(lost), duplicated.size(),
                    head(duplicated), converged, clients, write, read, change);
        }

        private static String head(List<String> items) {
            return items.isEmpty() ? "" : items.subList(0, Math.min(5, items.size())).toString();
        }
    }

    record Percentiles(int samples, double median, double p95, double max) {
        static Percentiles of(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Percentiles(sorted.length, at(sorted, 0.5), at(sorted, 0.95), sorted[sorted.length - 1]);
        }

        private static double at(double[] sorted, double q) {
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format("median %.1f, p95 %.1f, max %.1f (%,d samples)", median, p95, max, samples);
        }
    }

    static Result run(int clients, int seconds, int pauseMs, Path out)
            throws IOException, InterruptedException, SQLException {
        return run(clients, seconds, pauseMs, ChangeWatch.LEAST_BETWEEN_MS, 0, out);
    }

    /** With {@code restartAt} > 0 the server is restarted that many seconds after the clients were started. */
    static Result run(int clients, int seconds, int pauseMs, int newsPaceMs, int restartAt, Path out)
            throws IOException, InterruptedException, SQLException {
        ServerAddress record = TestPostgres.newDatabase();
        SharedDatabase.init(record, List::of);
        List<Long> common = new ArrayList<>();
        try (Database db = SharedDatabase.open(record)) {
            List<Contact> stored = db.contacts().insertAll(new RandomContacts(14).next(RECORD));
            stored.subList(0, COMMON).forEach(c -> common.add(c.id()));
        }
        String commonIds = common.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<ChildJvm> running = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            String user = record.database() + "_analyst" + i;
            TestPostgres.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE "
                    + SharedRoles.EDITOR);
            List<String> jvm = new ArrayList<>(CLIENT_JVM);
            jvm.add("-Ddiplotrack.newsPaceMs=" + newsPaceMs);
            running.add(ChildJvm.run(SharedClient.class, jvm, 
                    // A password in the address, as a script gives it (the address's toString leaves it out).
                    "postgresql://" + user + ":" + PASSWORD + "@localhost:" + TestPostgres.port() + "/" + record.database(),
                    String.valueOf(seconds), "c" + i, commonIds, out.toString(), String.valueOf(pauseMs)));
        }
        if (restartAt > 0) {
            Thread.sleep(restartAt * 1000L);
            TestPostgres.restart(RESTART_DOWN);
        }
        for (ChildJvm client : running) {
            awaitLine(client, "stopped", seconds + 120);
        }
        Files.createFile(out.resolve("done"));
        for (ChildJvm client : running) {
            client.waitFor(120);
        }
        return judge(record, clients, seconds, pauseMs, running, out);
    }

    private static void awaitLine(ChildJvm client, String line, long seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!client.lines.contains(line)) {
            if (System.nanoTime() > end || !client.process.isAlive() && !client.lines.contains(line)) {
                throw new AssertionError("a client did not say '" + line + "'; it said " + client.tail());
            }
            Thread.sleep(100);
        }
    }

    private static Result judge(ServerAddress record, int clients, int seconds, int pauseMs, List<ChildJvm> running,
            Path out)
            throws IOException, SQLException {
        List<String> errors = new ArrayList<>();
        Map<String, Long> saved = new HashMap<>();
        Map<Long, String[]> lastEdit = new HashMap<>();
        List<Long> trashed = new ArrayList<>();
        int edits = 0;
        int conflicts = 0;
        int gaveUp = 0;
        int unsaved = 0;
        int readsLost = 0;
        List<long[]> views = new ArrayList<>();
        for (ChildJvm client : running) {
            for (String line : client.lines) {
                String[] word = line.split(" ");
                switch (word[0]) {
                    case "saved" -> saved.put(line.substring(line.indexOf("TRIAL")), Long.parseLong(word[1]));
                    case "edited" -> {
                        edits++;
                        // VALUE is "cN edit K"; the latest version of a contact is the one it must hold.
                        String[] edit = {word[2] + " " + word[3] + " " + word[4], word[5]};
                        lastEdit.merge(Long.parseLong(word[1]), edit, (a, b) -> Instant.parse(a[1]).isAfter(Instant.parse(b[1])) ? a : b);
                    }
                    case "trashed" -> trashed.add(Long.parseLong(word[1]));
                    case "conflict" -> conflicts++;
                    case "gave-up" -> gaveUp++;
                    case "unsaved" -> unsaved++;
                    case "read-lost" -> readsLost++;
                    case "view" -> views.add(new long[] {Long.parseLong(word[1]), Long.parseLong(word[2])});
                    case "ERROR" -> errors.add(line);
                    default -> { }
                }
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        int converged;
        try (Connection c = SharedDatabase.connect(record)) {
            Map<String, List<Long>> marks = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT summary, id FROM contact WHERE summary LIKE 'TRIAL %'")) {
                while (rs.next()) {
                    marks.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            saved.forEach((mark, id) -> {
                if (!List.of(id).equals(marks.get(mark))) {
                    lost.add(mark + " saved as " + id + ", on the server " + marks.get(mark));
                }
            });
            marks.forEach((mark, ids) -> {
                if (ids.size() > 1 || !saved.containsKey(mark)) {
                    duplicated.add(mark + " " + ids);
                }
            });
            for (Map.Entry<Long, String[]> edit : lastEdit.entrySet()) {
                String stored = one(c, "SELECT location FROM contact WHERE id = ?", edit.getKey());
                if (!edit.getValue()[0].equals(stored)) {
                    lost.add("edit of " + edit.getKey() + " to '" + edit.getValue()[0] + "', on the server '" + stored + "'");
                }
            }
            for (long id : trashed) {
                if (one(c, "SELECT deleted FROM contact WHERE id = ?", id) == null) {
                    lost.add("trash of " + id);
                }
            }
            // Every reported write is one entry in the history, and every entry by an analyst was reported.
            compare(c, "create", saved.size(), lost, duplicated);
            compare(c, "edit", edits, lost, duplicated);
            compare(c, "trash", trashed.size(), lost, duplicated);
            long maxSeq = Long.parseLong(one(c, "SELECT max(seq) FROM change_log WHERE seq > ?", 0L));
            long count = Long.parseLong(one(c, "SELECT count(*) FROM contact WHERE deleted IS NULL AND id > ?", 0L));
            converged = (int) views.stream().filter(v -> v[0] == maxSeq && v[1] == count).count();
        }
        List<Double> write = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        List<Double> change = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            for (String line : Files.readAllLines(out.resolve("c" + i + ".times"))) {
                double ms = Double.parseDouble(line.substring(2));
                (switch (line.charAt(0)) {
                    case 'w' -> write;
                    case 'r' -> read;
                    default -> change;
                }).add(ms);
            }
        }
        return new Result(clients, seconds, pauseMs, saved.size(), edits, trashed.size(), conflicts, gaveUp, unsaved,
                readsLost, errors, lost,
                duplicated, converged, Percentiles.of(write), Percentiles.of(read), Percentiles.of(change));
    }

    private static void compare(Connection c, String kind, int reported, List<String> lost, List<String> duplicated)
            throws SQLException {
        int logged;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM change_log WHERE kind = ? AND who LIKE '%\\_analyst%'")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                logged = rs.getInt(1);
            }
        }
        if (logged < reported) {
            lost.add(reported - logged + " of " + reported + " reported " + kind + "s missing from the history");
        } else if (logged > reported) {
            duplicated.add(logged - reported + " " + kind + "s in the history not reported");
        }
    }

    private static String one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
