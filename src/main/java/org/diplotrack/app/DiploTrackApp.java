package org.diplotrack.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/** The JavaFX application: the main window on one database file. */
public final class DiploTrackApp extends Application {
    /** With this system property set, prints the start-up time and exits (see the README). */
    static final String STARTUP_BENCHMARK = "diplotrack.startupBenchmark";

    private static volatile Path database;

    /** Runs the window on {@code file} until it closes; returns the exit code. */
    public static int launch(Path file) {
        database = file;
        Application.launch(DiploTrackApp.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = MainWindow.show(stage, file -> Database.open(file, SeedData::contacts), url -> {
            if (Source.isWebUrl(url)) {
                getHostServices().showDocument(url);
            }
        });
        if (Boolean.getBoolean(STARTUP_BENCHMARK)) {
            reportStartupWhenShown(window);
        }
        window.open(database);
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
                new AnimationTimer() {
                    private int frames;

                    @Override
                    public void handle(long now) {
                        // Timers run at the start of a pulse; the second call follows a rendered frame.
                        if (++frames == 2) {
                            stop();
                            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
                            System.out.println("startup-ms=" + Duration.between(started, Instant.now()).toMillis());
                            Platform.exit();
                        }
                    }
                }.start();
            }
        });
    }
}
