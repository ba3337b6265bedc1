package org.diplotrack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.diplotrack.RandomContacts;
import org.diplotrack.model.Change;
import org.diplotrack.model.ChangeFilter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.ui.ContactsPageViewModel;

/**
 * One analyst of {@link SharedTrial}, in a JVM of its own:
 * {@code SharedClient ADDRESS SECONDS TAG COMMON-IDS OUT-DIR PAUSE-MS}. For SECONDS it adds contacts, edits
 * its own and the team's common ones (from the copy it last read, so colleagues' saves meanwhile
 * are refused as conflicts and taken up, as a user would in the comparison), moves some of its own
 * to the trash, and after every write and every notice of a colleague's change reads what a window
 * reads (the first page, the timeline's marks with the count, the history since). It prints every
 * write once committed ({@code saved ID MARK}, {@code edited ID VALUE VERSION}, {@code trashed ID}),
 * {@code ERROR …} for anything a window would show as an error ({@code unsaved …} and {@code read-lost …}
 * while the server is away: a save is then kept and tried again every half second), then {@code stopped}; once the file
 * OUT-DIR/done exists and no news came for two seconds, {@code view MAX-SEQ COUNT}: what its last
 * read saw. Between writes it pauses a random time of 0 to twice PAUSE-MS. Its timings go to OUT-DIR/TAG.times ({@code w}: a write, {@code r}: a window's reads,
 * {@code c}: a colleague's change, from its saving to this client having read it; ms).
 */
public final class SharedClient {
    private static final long QUIET_MS = 2000;

    private final Database db;
    private final int pauseMs;
    private final String me;
    private final Random pick;
    private final RandomContacts random;
    private final String tag;
    private final List<Contact> mine = new ArrayList<>();
    private final Map<Long, Contact> common = new HashMap<>();
    private final Semaphore news = new Semaphore(0);
    private final Set<Long> seen = new HashSet<>();
    private final StringBuilder times = new StringBuilder();
    private Instant since = Instant.now().minusSeconds(5);
    private Instant firstRead;
    private long maxSeq;
    private int count;
    private volatile long lastNews = System.currentTimeMillis();

    private SharedClient(Database db, String tag, List<Long> commonIds, int pauseMs) {
        this.db = db;
        this.pauseMs = pauseMs;
        this.me = db.server().user();
        this.tag = tag;
        this.pick = new Random(tag.hashCode());
        this.random = new RandomContacts(tag.hashCode());
        for (long id : commonIds) {
            db.contacts().get(id).ifPresent(c -> common.put(id, c));
        }
    }

    public static void main(String[] args) throws Exception {
        ServerAddress server = ServerAddress.parse(args[0]);
        long seconds = Long.parseLong(args[1]);
        String tag = args[2];
        List<Long> commonIds = Arrays.stream(args[3].split(",")).map(Long::parseLong).toList();
        Path out = Path.of(args[4]);
        int pauseMs = Integer.parseInt(args[5]);
        try (Database db = SharedDatabase.open(server)) {
            SharedClient client = new SharedClient(db, tag, commonIds, pauseMs);
            try (ChangeWatch watch = db.watchOutsideChanges(client::noticed)) {
                Thread reader = new Thread(client::readOnNews, "news-reader");
                reader.setDaemon(true);
                reader.start();
                client.work(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
                say("stopped");
                client.settle(out.resolve("done"));
                Files.writeString(out.resolve(tag + ".times"), client.times());
            }
        } catch (RuntimeException e) {
            say("ERROR " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private void noticed() {
        lastNews = System.currentTimeMillis();
        news.release();
    }

    /** What the window does on a notice: read again, once for however many notices came meanwhile. */
    private void readOnNews() {
        while (true) {
            try {
                news.acquire();
                news.drainPermits();
                refresh();
            } catch (InterruptedException e) {
                return;
            } catch (ConnectionLostException e) {
                say("read-lost " + e.getMessage());
            } catch (RuntimeException e) {
                say("ERROR reading after news: " + e);
            }
        }
    }

    private void work(long end) throws InterruptedException {
        int n = 0;
        while (System.nanoTime() < end) {
            n++;
            Runnable write = nextWrite(n);
            long started = System.nanoTime();
            try {
                saveKeepingItWhileTheServerIsAway(write);
                time('w', started);
                refresh();
            } catch (ConnectionLostException e) {
                say("read-lost " + e.getMessage());
            } catch (RuntimeException e) {
                say("ERROR " + e);
            }
            Thread.sleep(pick.nextInt(2 * pauseMs + 1));
        }
    }

    /** What the window does with a save that could not reach the server: keeps it, and tries again. */
    private void saveKeepingItWhileTheServerIsAway(Runnable write) throws InterruptedException {
        while (true) {
            try {
                write.run();
                return;
            } catch (ConnectionLostException e) {
                say("unsaved " + e.getMessage());
                Thread.sleep(500);
            }
        }
    }

    /** The next write, chosen once: tried again as it is, if it has to be. */
    private Runnable nextWrite(int n) {
        int roll = pick.nextInt(100);
        if (roll < 50 || mine.isEmpty()) {
            Contact drawn = random.next();
            String mark = "TRIAL " + tag + " " + n;
            Contact contact = new Contact(0, drawn.a(), drawn.b(), drawn.date(), drawn.endDate(), drawn.approximate(),
                    drawn.mode(), drawn.setting(), drawn.status(), drawn.location(), mark, drawn.tags(), drawn.sources(),
                    drawn.provenance(), drawn.reports(), null, null);
            return () -> add(contact);
        }
        if (roll < 75) {
            int index = pick.nextInt(mine.size());
            return () -> editOwn(index, tag + " edit " + n);
        }
        if (roll < 92) {
            List<Long> ids = new ArrayList<>(common.keySet());
            long id = ids.get(pick.nextInt(ids.size()));
            return () -> editCommon(id, tag + " edit " + n);
        }
        int index = pick.nextInt(mine.size());
        return () -> trashOwn(index);
    }

    private void add(Contact contact) {
        Contact saved = db.contacts().insert(contact);
        mine.add(saved);
        say("saved " + saved.id() + " " + saved.summary());
    }

    private void editOwn(int index, String location) {
        Contact stored = db.contacts().update(withLocation(mine.get(index), location));
        mine.set(index, stored);
        say("edited " + stored.id() + " " + stored.location() + " " + stored.modified());
    }

    /** From the copy last read: a colleague's save meanwhile is refused, and the edit is made again on theirs. */
    private void editCommon(long id, String location) {
        Contact base = common.get(id);
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                Contact stored = db.contacts().update(withLocation(base, location));
                common.put(id, stored);
                say("edited " + stored.id() + " " + stored.location() + " " + stored.modified());
                return;
            } catch (EditConflictException e) {
                say("conflict " + id);
                base = e.theirs().orElseThrow();
                common.put(id, base);
            }
        }
        say("gave-up " + id);
    }

    private void trashOwn(int index) {
        Contact gone = mine.get(index);
        db.contacts().moveToTrash(List.of(gone.id()));
        mine.remove(index);
        say("trashed " + gone.id());
    }

    private static Contact withLocation(Contact c, String location) {
        return new Contact(c.id(), c.a(), c.b(), c.date(), c.endDate(), c.approximate(), c.mode(), c.setting(),
                c.status(), location, c.summary(), c.tags(), c.sources(), c.provenance(), c.reports(), c.created(),
                c.modified());
    }

    /** A window's reads; every colleague's change first seen here is timed from its saving. */
    private synchronized void refresh() {
        long started = System.nanoTime();
        db.contacts().page(ContactFilter.ALL, ContactOrder.BY_DATE, 0, ContactsPageViewModel.PAGE_SIZE);
        int total = db.contacts().marks(ContactFilter.ALL, ContactsPageViewModel.TIMELINE_LIMIT).total();
        List<Change> changes = db.contacts().history(new ChangeFilter(0, null, since, 0));
        long now = System.currentTimeMillis();
        time('r', started);
        count = total;
        Instant latest = since;
        for (Change change : changes) {
            // Changes from before this window's first read (the seed, colleagues who started sooner) are not news.
            if (seen.add(change.seq()) && !change.who().equals(me) && firstRead != null
                    && change.at().isAfter(firstRead)) {
                times.append("c ").append(now - change.at().toEpochMilli()).append('\n');
            }
            maxSeq = Math.max(maxSeq, change.seq());
            latest = change.at().isAfter(latest) ? change.at() : latest;
        }
        firstRead = firstRead == null ? Instant.ofEpochMilli(now) : firstRead;
        // A change is stamped before its commit: look back far enough for one committed late.
        since = latest.minusSeconds(5);
    }

    /** After the trial's writes: wait for the last news, then say what the last read saw. */
    private void settle(Path done) throws InterruptedException {
        while (!Files.exists(done)) {
            Thread.sleep(50);
        }
        while (System.currentTimeMillis() - lastNews < QUIET_MS) {
            Thread.sleep(100);
        }
        synchronized (this) {
            say("view " + maxSeq + " " + count);
        }
    }

    private synchronized String times() {
        return times.toString();
    }

    private synchronized void time(char kind, long started) {
        times.append(kind).append(' ').append((System.nanoTime() - started) / 1e6).append('\n');
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
