package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code src/tools/ReadOnlyCheck.java} as the unprivileged user {@code nobody}: when the
 * tests run as root (as in CI), file permissions do not stop root's writes, so the read-only
 * cases are checked in a process they do stop.
 */
final class AsNobody {
    private AsNobody() {
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The check's output lines ("file 444: readOnly=true count=3", ...). */
    static List<String> readOnlyCheck() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("as-nobody");
        Path classes = Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path sqlite = Path.of(org.sqlite.JDBC.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        // The store's messages come from the bundles, which Localization formats with ICU's help.
        Path icu = Path.of(com.ibm.icu.text.MessageFormat.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        // New files' schema steps run through Flyway (decision 0030).
        Path flyway = Path.of(org.flywaydb.core.Flyway.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        copyTree(classes, work.resolve("classes"));
        Files.copy(sqlite, work.resolve("sqlite.jar"));
        Files.copy(icu, work.resolve("icu.jar"));
        Files.copy(flyway, work.resolve("flyway.jar"));
        Files.copy(Path.of("src/tools/ReadOnlyCheck.java"), work.resolve("ReadOnlyCheck.java"));
        Files.createDirectory(work.resolve("data"));
        run(List.of("chown", "-R", "nobody", work.toString()));
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = work.resolve("out.txt");
        run(List.of("su", "-s", "/bin/sh", "nobody", "-c", "cd " + work + " && " + java
                + " --enable-native-access=ALL-UNNAMED -cp classes:sqlite.jar:icu.jar:flyway.jar ReadOnlyCheck.java " + work.resolve("data")
                + " > " + out + " 2>&1"));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        run(List.of("rm", "-rf", work.toString()));
        return lines;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(p.exitValue()).as("%s: %s", command, output).isZero();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
