package org.diplotrack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplotrack.RandomContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;

/**
 * A second DiploTrack process for the two-process and crash tests, run in its own JVM:
 * {@code EditBurst FILE SECONDS TAG [DONE-FILE]}. It adds and edits contacts for SECONDS (0: until
 * killed), printing {@code saved ID} after each insert and {@code edited ID N} after each edit is
 * committed, and reads between writes. With DONE-FILE it then waits for that file, which lists
 * ids written by the other process, and prints {@code seen K} for how many of them it can read.
 * Any error is printed as {@code ERROR message} and exits 1.
 */
public final class EditBurst {
    private EditBurst() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long seconds = Long.parseLong(args[1]);
        String tag = args[2];
        long end = seconds == 0 ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        RandomContacts random = new RandomContacts(tag.hashCode());
        Random pick = new Random(tag.hashCode());
        List<Contact> mine = new ArrayList<>();
        if (args.length > 3 && args[3].equals("import")) {
            importOnce(args[0], (int) seconds, tag);
            return;
        }
        if (args.length > 3 && args[3].equals("imports")) {
            importRepeatedly(file, end, tag);
            return;
        }
        try (Database db = Database.open(file, SeedData::contacts)) {
            int n = 0;
            while (System.nanoTime() < end) {
                n++;
                if (n % 3 == 0 && !mine.isEmpty()) {
                    int index = pick.nextInt(mine.size());
                    Contact c = mine.get(index);
                    Contact edited = db.contacts().update(new Contact(c.id(), c.a(), c.b(), c.date(), c.endDate(),
                            c.approximate(), c.mode(), c.setting(), c.status(), tag + " edit " + n, c.summary(),
                            c.tags(), c.sources(), c.provenance(), c.reports(), c.created(), c.modified()));
                    mine.set(index, edited);
                    System.out.println("edited " + edited.id() + " " + n);
                } else {
                    Contact saved = db.contacts().insert(random.next());
                    mine.add(saved);
                    System.out.println("saved " + saved.id());
                }
                System.out.flush();
                if (n % 5 == 0) {
                    db.contacts().count();
                    db.contacts().dyads();
                }
            }
            if (args.length > 3) {
                Path done = Path.of(args[3]);
                while (!Files.exists(done)) {
                    Thread.sleep(20);
                }
                int seen = 0;
                for (String id : Files.readAllLines(done)) {
                    if (!id.isBlank() && db.contacts().get(Long.parseLong(id.trim())).isPresent()) {
                        seen++;
                    }
                }
                System.out.println("seen " + seen);
            }
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * {@code EditBurst FILE SECONDS TAG imports}: imports of 1,000 contacts (each with its backup
     * first) with a quarter second between them for that long, each followed by
     * {@code imported TOTAL} once committed.
     */
    private static void importRepeatedly(Path file, long end, String tag) throws InterruptedException {
        RandomContacts random = new RandomContacts(tag.hashCode());
        long total = 0;
        try (Database db = Database.open(file, SeedData::contacts)) {
            System.out.println("started");
            System.out.flush();
            while (System.nanoTime() < end) {
                total += db.contacts().importAll(random.next(1_000).iterator(), () -> false).added();
                System.out.println("imported " + total);
                System.out.flush();
                Thread.sleep(250);
            }
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /** {@code EditBurst FILE N TAG import}: one import of N contacts, then {@code imported N}; FILE may be a server's address. */
    private static void importOnce(String record, int count, String tag) {
        RandomContacts random = new RandomContacts(tag.hashCode());
        try (Database db = RecordLocation.parse(record).open(SeedData::contacts)) {
            System.out.println("started");
            System.out.flush();
            db.contacts().importAll(random.next(count).iterator(), () -> false);
            System.out.println("imported " + count);
            System.out.flush();
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
