package org.diplotrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line in a test: exit code and what went to stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** A run in an environment without LANG, LC_ALL or LC_MESSAGES: English, or --lang's language. */
    static CliRun of(Clock clock, String... args) {
        return in(Map.of(), clock, args);
    }

    /** A run with these environment variables (LANG=fr_FR.UTF-8), whatever the machine's. */
    static CliRun in(Map<String, String> env, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RootCommand.commandLine(start -> {
            throw new AssertionError("no window in CLI tests");
        }, args, env);
        if (clock != null) {
            ((RootCommand) cl.getCommand()).clock = clock;
        }
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
