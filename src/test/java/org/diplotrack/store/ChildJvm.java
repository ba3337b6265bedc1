package org.diplotrack.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@link EditBurst} (or another main class) in a child JVM on the test class path, with its output lines collected as they come. */
final class ChildJvm {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final CountDownLatch firstLine = new CountDownLatch(1);
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    firstLine.countDown();
                }
            } catch (IOException e) {
                // The child was killed: what it printed before is what counts.
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(String... args) throws IOException {
        return run(EditBurst.class, List.of("-Xmx256m"), args);
    }

    /** {@code main}'s main method in a child JVM with these options ({@code -Xmx…}). */
    static ChildJvm run(Class<?> main, List<String> options, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new ChildJvm(builder.start());
    }

    /** Waits for the child to end and for its last line to be read. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not finish in " + seconds + " s; it said " + tail());
        }
        reader.join(5000);
        return process.exitValue();
    }

    String tail() {
        return lines.subList(Math.max(0, lines.size() - 5), lines.size()).toString();
    }
}
