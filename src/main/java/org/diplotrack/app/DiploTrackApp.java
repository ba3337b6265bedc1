package org.diplotrack.app;

import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Source;
import org.diplotrack.store.Database;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Settings;

/** The JavaFX application: the main window on one database file. */
public final class DiploTrackApp extends Application {
    /**
     * {@code -Ddiplotrack.startupBenchmark=app} prints the start-up time and exits;
     * {@code =baseline} does the same for an empty JavaFX window of the same size, the floor
     * the app's figure is compared with (see src/tools/startup-benchmark.sh).
     */
    static final String STARTUP_BENCHMARK = "diplotrack.startupBenchmark";

    private static final EarlyOpener OPENER = new EarlyOpener(file -> Database.open(file, SeedData::contacts));
    private static volatile Path database;

    /** Runs the window on {@code file} until it closes; returns the exit code. */
    public static int launch(Path file) {
        database = file;
        OPENER.start(file);
        Application.launch(DiploTrackApp.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        String benchmark = System.getProperty(STARTUP_BENCHMARK, "");
        if (benchmark.equals("baseline")) {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1280, 800));
            stage.show();
            reportAfterNextFrame();
            return;
        }
        MainWindow window = MainWindow.show(stage, database, OPENER, url -> {
            if (Source.isWebUrl(url)) {
                getHostServices().showDocument(url);
            }
        }, Settings.user());
        if (benchmark.equals("app")) {
            reportStartupWhenShown(window);
        }
    }

    /**
     * Prints the time from process start to the first frame painted after the seed contacts
     * reached the table, then exits.
     */
    private static void reportStartupWhenShown(MainWindow window) {
        window.model().contacts().addListener(new ListChangeListener<Contact>() {
            @Override
            public void onChanged(Change<? extends Contact> change) {
                window.model().contacts().removeListener(this);
                reportAfterNextFrame();
            }
        });
    }

    private static void reportAfterNextFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Timers run at the start of a pulse; the second call follows a rendered frame.
                if (++frames == 2) {
                    stop();
                    // JVM start to now, in ms (ProcessHandle's start time is only as exact as the
                    // kernel's boot time in whole seconds).
                    System.out.println("startup-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                    Platform.exit();
                }
            }
        }.start();
    }
}
