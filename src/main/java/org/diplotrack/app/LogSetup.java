package org.diplotrack.app;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.diplotrack.store.DataLocation;

/**
 * The app's log, set up in code rather than from an XML file: Logback starts when SQLite's
 * driver makes its first logger, on the way to the window, and reading a configuration file
 * took most of its ≈0.3 s. {@code diplotrack.log} in the log folder, rolled daily and at 5 MB,
 * 30 days and 50 MB at most, written through a queue that drops nothing (decision 0016).
 * Found by Logback through {@code META-INF/services}; a {@code logback-test.xml} (the tests')
 * or {@code -Dlogback.configurationFile} comes first.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        writeTo(context, DataLocation.logDirectory());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends every event of INFO and above of {@code context} to the log file in {@code folder}. */
    static void writeTo(LoggerContext context, Path folder) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("diplotrack.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("diplotrack-%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();

        AsyncAppender queue = new AsyncAppender();
        queue.setContext(context);
        queue.setName("ASYNC");
        queue.setDiscardingThreshold(0);
        queue.addAppender(file);
        queue.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(queue);
        context.getLogger("org.apache.pdfbox").setLevel(Level.WARN);
        context.getLogger("org.apache.fontbox").setLevel(Level.WARN);
        // What is still queued is written when the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(context::stop, "diplotrack-log-flush"));
    }
}
