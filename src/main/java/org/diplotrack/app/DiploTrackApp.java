package org.diplotrack.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.diplotrack.cli.WindowStart;
import org.diplotrack.io.AppVersion;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Source;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.DataLocation;
import org.diplotrack.store.Database;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.StartFailure;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the main window on one database file. */
public final class DiploTrackApp extends Application {
    /**
     * {@code -Ddiplotrack.startupBenchmark=app} prints the start-up time and exits;
     * {@code =baseline} does the same for an empty JavaFX window of the same size, the floor
     * the app's figure is compared with (see src/tools/startup-benchmark.sh).
     */
    static final String STARTUP_BENCHMARK = "diplotrack.startupBenchmark";

    private static final EarlyOpener OPENER = new EarlyOpener(where -> where.open(SeedData::contacts));
    private static final int LOG_START_DELAY_SECONDS = 5;
    private static volatile WindowStart request;
    /** The language chosen in View › Language, read from the preferences while JavaFX starts. */
    private static volatile CompletableFuture<Locale> chosenLanguage;
    private static volatile int exitCode;

    /**
     * Runs the window until it closes; returns the exit code: 1 when it could not start (the
     * cause printed on stderr and logged, and shown in a dialog when there is a display).
     */
    public static int launch(WindowStart start) {
        request = start;
        OPENER.start(start.database());
        chosenLanguage = CompletableFuture.supplyAsync(() -> Settings.user().language());
        // ICU's message formats (French, Russian) get ready beside JavaFX: the first count the
        // window formats would otherwise load ICU's classes on the FX thread.
        chosenLanguage.thenAcceptAsync(chosen -> Localization.prepare(
                start.languageGiven() || chosen == null ? Localization.locale() : chosen));
        // The start line waits until the window is up (SQLite's driver starts Logback anyway).
        CompletableFuture.runAsync(() -> LoggerFactory.getLogger(DiploTrackApp.class).info(
                "DiploTrack {} on Java {} ({}), record {}", AppVersion.version(), Runtime.version(),
                System.getProperty("os.name"), start.database()),
                CompletableFuture.delayedExecutor(LOG_START_DELAY_SECONDS, TimeUnit.SECONDS));
        try {
            Application.launch(DiploTrackApp.class);
        } catch (RuntimeException | Error e) {
            // JavaFX itself could not start (no display, no GTK): there is no window for a dialog.
            LoggerFactory.getLogger(DiploTrackApp.class).error("JavaFX could not start", e);
            StartFailure.printCauses(e, System.err);
            return 1;
        }
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        String benchmark = System.getProperty(STARTUP_BENCHMARK, "");
        if (benchmark.equals("baseline")) {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1280, 800));
            stage.show();
            reportAfterNextFrame("startup-ms=");
            return;
        }
        // --lang on the command line wins; else the window's own choice; else the system's.
        Locale language = chosenLanguage.join();
        if (!request.languageGiven() && language != null) {
            Localization.use(language);
        }
        Optional<MainWindow> window = MainWindow.start(stage, request.database(), OPENER, url -> {
            // Web pages of sources, and the log folder (Help › Show log folder); nothing else.
            if (Source.isWebUrl(url) || url.equals(DataLocation.logDirectory().toUri().toString())) {
                getHostServices().showDocument(url);
            }
        }, Settings.user());
        if (window.isEmpty()) {
            exitCode = 1;
            Platform.exit();
        } else if (benchmark.equals("app")) {
            reportStartupWhenShown(window.get(), "startup-ms=");
        } else if (request.exitAfterFirstFrame()) {
            reportStartupWhenShown(window.get(), "first-frame-ms=");
        }
    }

    /**
     * Prints the time from process start to the first frame painted after the seed contacts
     * reached the table, then exits.
     */
    private static void reportStartupWhenShown(MainWindow window, String label) {
        window.model().contacts().addListener(new ListChangeListener<Contact>() {
            @Override
            public void onChanged(Change<? extends Contact> change) {
                window.model().contacts().removeListener(this);
                reportAfterNextFrame(label);
            }
        });
    }

    private static void reportAfterNextFrame(String label) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Timers run at the start of a pulse; the second call follows a rendered frame.
                if (++frames == 2) {
                    stop();
                    // JVM start to now, in ms (ProcessHandle's start time is only as exact as the
                    // kernel's boot time in whole seconds).
                    System.out.println(label + ManagementFactory.getRuntimeMXBean().getUptime());
                    Platform.exit();
                }
            }
        }.start();
    }
}
