package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM adds and edits contacts and is killed with SIGKILL at a random moment, again and
 * again on the same file: every time the file passes integrity_check and every edit the child
 * reported saved is there. {@code -Ddiplotrack.crash.trials=50} for the long run (default 10).
 */
class CrashSafetyTest {
    static final int TRIALS = Integer.getInteger("diplotrack.crash.trials", 10);

    @TempDir
    Path dir;

    @Test
    void everyReportedEditSurvivesSigkill() throws Exception {
        Path file = dir.resolve("crash.db");
        Database.open(file, SeedData::contacts).close();
        Random random = new Random(2026);
        int reported = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            ChildJvm child = ChildJvm.start(file.toString(), "0", "trial-" + trial);
            assertThat(child.firstLine.await(60, TimeUnit.SECONDS)).as("the child started").isTrue();
            Thread.sleep(random.nextInt(400));
            child.process.destroyForcibly();
            child.waitFor(30);

            IntegrityCheck check = IntegrityCheck.of(file, true);
            assertThat(check.problems()).as("trial %d", trial).isEmpty();
            Map<Long, Integer> lastEdit = new HashMap<>();
            try (Database db = Database.open(file, SeedData::contacts)) {
                for (String line : child.lines) {
                    String[] words = line.split(" ");
                    if (words[0].equals("saved")) {
                        assertThat(db.contacts().get(Long.parseLong(words[1]))).as("trial %d: %s", trial, line)
                                .isPresent();
                        reported++;
                    } else if (words[0].equals("edited")) {
                        lastEdit.put(Long.parseLong(words[1]), Integer.parseInt(words[2]));
                        reported++;
                    } else {
                        throw new AssertionError("trial " + trial + ": the child said " + line);
                    }
                }
                // The last edit reported, or a later one committed just before the kill.
                String prefix = "trial-" + trial + " edit ";
                for (Map.Entry<Long, Integer> edit : lastEdit.entrySet()) {
                    String location = db.contacts().get(edit.getKey()).map(Contact::location).orElse("");
                    assertThat(location).as("trial %d, contact %d", trial, edit.getKey()).startsWith(prefix);
                    assertThat(Integer.parseInt(location.substring(prefix.length()))).isGreaterThanOrEqualTo(edit.getValue());
                }
            }
        }
        System.out.printf("crash safety: %d SIGKILLs, %d edits reported saved, all present, integrity_check ok%n",
                TRIALS, reported);
    }
}
