package org.diplotrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The application's own log set-up (tests log elsewhere) writes the log file, causes included. */
class LogFileTest {
    @TempDir
    Path dir;

    @Test
    void theAppsLogSetUpWritesErrorsWithTheirCausesIntoTheLogFolder() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogSetup.writeTo(context, dir);

        Logger log = context.getLogger("org.diplotrack.test");
        log.info("the window started");
        log.error("The change was not saved", new IllegalStateException("disk full"));
        context.stop(); // drains the asynchronous appender

        String written = Files.readString(dir.resolve("diplotrack.log"));
        assertThat(written).contains("INFO").contains("the window started")
                .contains("ERROR").contains("The change was not saved")
                .contains("java.lang.IllegalStateException: disk full").contains("at org.diplotrack.app.LogFileTest");
    }
}
