package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.model.Mission;
import org.diplotrack.model.Missions;
import org.diplotrack.model.Representation;
import org.diplotrack.store.Database;

/**
 * Issue 17's benchmark: the import of the Office of the Historian's travels, visits and chiefs of
 * mission (about 13,000 records) next to a bare StAX pass over the same XML (the floor: reading
 * the files and nothing else), in interleaved rounds; then, on the imported record, the summary
 * and the timeline's data of every pair of the United States, with and without the missions
 * (the cost of the representation line and bands).
 *
 * <p>Usage: {@code HsgBenchmark HSG_DIR [ROUNDS]} (3 rounds by default); {@code src/tools/hsg-benchmark.sh}
 * passes the folder.
 */
public final class HsgBenchmark {
    private static final String[] PARTS = {"travels", "visits", "pocom"};

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: HsgBenchmark HSG_DIR [ROUNDS]");
        }
        Path hsg = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("hsg-benchmark");
        List<Long> floor = new ArrayList<>();
        List<Long> imports = new ArrayList<>();
        Path last = null;
        long elements = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            elements = staxPass(hsg);
            floor.add(System.nanoTime() - t0);
            last = work.resolve("round-" + round + ".db");
            t0 = System.nanoTime();
            String report = importAll(hsg, last);
            imports.add(System.nanoTime() - t0);
            if (round == 0) {
                System.out.print(report);
            }
            System.out.printf("round %d: StAX pass %,d ms, import %,d ms%n", round + 1,
                    floor.get(round) / 1_000_000, imports.get(round) / 1_000_000);
        }
        long f = median(floor);
        long i = median(imports);
        System.out.printf("%nXML elements read: %,d%nmedian StAX pass %,d ms, median import %,d ms: %.1fx the floor%n",
                elements, f / 1_000_000, i / 1_000_000, (double) i / f);
        pairs(last);
    }

    private static String importAll(Path hsg, Path file) {
        StringBuilder report = new StringBuilder();
        try (Database db = Database.open(file, List::of)) {
            for (String part : PARTS) {
                ImportReport r = new DataImport().run(hsg.resolve(part), ImportFormat.AUTO, false, ImportProgress.NONE,
                        () -> false, contacts -> db.contacts().importAll(contacts, () -> false),
                        missions -> db.missions().importAll(missions, () -> false));
                report.append(part).append(": ").append(r.rows()).append(" rows, ").append(r.imported())
                        .append(" imported, ").append(r.skipped()).append(" skipped\n");
            }
            report.append("on record: ").append(db.contacts().count()).append(" contacts, ")
                    .append(db.missions().count()).append(" missions\n");
        }
        return report.toString();
    }

    /** Every XML file under the three folders, read to the end with StAX, DTDs off as the importers have them. */
    private static long staxPass(Path hsg) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long count = 0;
        for (String part : PARTS) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(hsg.resolve(part))) {
                files = all.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    XMLStreamReader r = factory.createXMLStreamReader(in);
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamReader.START_ELEMENT) {
                            count++;
                        }
                    }
                    r.close();
                }
            }
        }
        return count;
    }

    /** The summary and the timeline's data of every pair of the United States, as the window reads them. */
    private static void pairs(Path file) {
        Country us = Country.of("US");
        try (Database db = Database.open(file, List::of)) {
            Set<Dyad> pairs = new TreeSet<>((a, b) -> a.code().compareTo(b.code()));
            for (DyadActivity d : db.contacts().dyads()) {
                if (d.dyad().first().equals(us) || d.dyad().second().equals(us)) {
                    pairs.add(d.dyad());
                }
            }
            for (Mission m : db.missions().all()) {
                if (m.sending().equals(us) || m.receiving().equals(us)) {
                    pairs.add(m.dyad());
                }
            }
            LocalDate today = LocalDate.now();
            for (int warm = 0; warm < 2; warm++) {
                for (Dyad pair : pairs) {
                    summaryWith(db, pair, today);
                    summaryWithout(db, pair, today);
                }
            }
            List<Long> with = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            List<Long> timeline = new ArrayList<>();
            List<Long> timelineWithout = new ArrayList<>();
            List<Long> withPredecessors = new ArrayList<>();
            List<Long> timelinePredecessors = new ArrayList<>();
            long sink = 0;
            for (Dyad pair : pairs) {
                long t0 = System.nanoTime();
                sink += summaryWithout(db, pair, today);
                without.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                sink += summaryWith(db, pair, today);
                with.add(System.nanoTime() - t0);
                ContactFilter filter = ContactFilter.forDyad(pair);
                t0 = System.nanoTime();
                sink += db.contacts().marks(filter, 1_000_000).size();
                timelineWithout.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                sink += db.contacts().marks(filter, 1_000_000).size();
                sink += Missions.timelines(db.missions().forPair(pair), pair).size();
                timeline.add(System.nanoTime() - t0);
                // With predecessors (decision 0024): the pairs of the predecessors too.
                t0 = System.nanoTime();
                sink += summaryWithPredecessors(db, pair, today);
                withPredecessors.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                sink += db.contacts().marks(filter.withPredecessors(true), 1_000_000).size();
                sink += Missions.timelines(db.missions().forPair(pair, true), pair).size();
                timelinePredecessors.add(System.nanoTime() - t0);
            }
            System.out.printf("%n%d pairs of the United States (checksum %d)%n", pairs.size(), sink);
            print("summary without missions", without);
            print("summary with the heads of mission", with);
            print("timeline data, contacts only", timelineWithout);
            print("timeline data with the bands", timeline);
            print("summary with predecessors", withPredecessors);
            print("timeline data with predecessors", timelinePredecessors);
            long search0 = System.nanoTime();
            int found = db.missions().search("ambassador moscow").size() + db.missions().search("Kennan").size();
            System.out.printf("mission search over %,d missions, two searches: %.1f ms (%d found)%n",
                    db.missions().count(), (System.nanoTime() - search0) / 1e6, found);
        }
    }

    private static long summaryWithout(Database db, Dyad pair, LocalDate today) {
        DyadSummary s = DyadSummary.of(pair, db.contacts().find(ContactFilter.forDyad(pair)), today, 12);
        return s == null ? 0 : 1;
    }

    private static long summaryWith(Database db, Dyad pair, LocalDate today) {
        DyadSummary s = DyadSummary.of(pair, db.contacts().find(ContactFilter.forDyad(pair)), today, 12);
        String line = Representation.sentence(Representation.of(db.missions().forPair(pair), pair, today));
        return (s == null ? 0 : 1) + (line == null ? 0 : line.length());
    }

    private static long summaryWithPredecessors(Database db, Dyad pair, LocalDate today) {
        DyadSummary s = DyadSummary.of(pair, true, db.contacts().find(ContactFilter.forDyad(pair).withPredecessors(true)),
                today, 12);
        String line = Representation.sentence(Representation.of(db.missions().forPair(pair, true), pair, today));
        return (s == null ? 0 : 1) + (line == null ? 0 : line.length());
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-36s median %6.2f ms, p95 %6.2f ms, max %6.2f ms, all %7.1f ms%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.min(sorted.size() - 1,
                        Math.round(sorted.size() * 0.95))) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                sorted.stream().mapToLong(Long::longValue).sum() / 1e6);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
