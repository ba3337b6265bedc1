package org.diplotrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** One run of the command line in a test: exit code and what went to stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RootCommand.commandLine(start -> {
            throw new AssertionError("no window in CLI tests");
        });
        if (clock != null) {
            ((RootCommand) cl.getCommand()).clock = clock;
        }
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
