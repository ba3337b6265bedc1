package org.diplotrack.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.RecordLocation;

/** Builds the main window from {@code main.fxml} and shows it on a stage. */
public final class MainWindow {
    private static final URL MAIN_LAYOUT = MainWindow.class.getResource("/fxml/main.fxml");
    /** What two ticked filters add to their titles ("Levels (2)"), in pixels. */
    private static final double TICKED_ROOM = 40;
    private final MainViewModel model;
    private final Stage stage;

    private MainWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
    }

    /**
     * @param database   the file to open; it opens in the background while the window is built
     * @param opener     opens (and seeds, when new) a database file
     * @param linkOpener opens a web address in the user's browser
     * @param settings   where the selected pair and the filters are kept between runs
     */
    public static MainWindow show(Stage stage, Path database, MainViewModel.Opener opener,
                                  Consumer<String> linkOpener, Settings settings) {
        return show(stage, database, opener, linkOpener, settings, d -> d);
    }

    /** As above, with the dialogs given (tests answer file choosers through them). */
    public static MainWindow show(Stage stage, Path database, MainViewModel.Opener opener,
                                  Consumer<String> linkOpener, Settings settings, DialogService dialogs) {
        return show(stage, database, opener, linkOpener, settings, d -> dialogs);
    }

    /** As above, with the dialogs wrapped (tests answer file choosers through this). */
    public static MainWindow show(Stage stage, Path database, MainViewModel.Opener opener,
                                  Consumer<String> linkOpener, Settings settings,
                                  UnaryOperator<DialogService> dialogWrapper) {
        return show(stage, RecordLocation.of(database), opener, linkOpener, settings, dialogWrapper, MAIN_LAYOUT);
    }

    /**
     * The window as the app starts it: when it cannot be built, the cause is printed on stderr,
     * logged and shown in a dialog, and the result is empty.
     */
    public static Optional<MainWindow> start(Stage stage, RecordLocation database, MainViewModel.Opener opener,
                                             Consumer<String> linkOpener, Settings settings) {
        return start(stage, database, opener, linkOpener, settings, MAIN_LAYOUT, System.err);
    }

    /** As above with the layout and the error stream given (a test starts a broken layout). */
    static Optional<MainWindow> start(Stage stage, RecordLocation database, MainViewModel.Opener opener,
                                      Consumer<String> linkOpener, Settings settings, URL layout, PrintStream err) {
        try {
            return Optional.of(show(stage, database, opener, linkOpener, settings, d -> d, layout));
        } catch (RuntimeException | Error e) {
            stage.hide();
            StartFailure.report(e, err, new FxDialogService(null, Messages.bundle()));
            return Optional.empty();
        }
    }

    /** As above, on a file or a shared record. */
    public static MainWindow show(Stage stage, RecordLocation database, MainViewModel.Opener opener,
                                  Consumer<String> linkOpener, Settings settings, DialogService dialogs) {
        return show(stage, database, opener, linkOpener, settings, d -> dialogs, MAIN_LAYOUT);
    }

    private static MainWindow show(Stage stage, RecordLocation database, MainViewModel.Opener opener,
                                   Consumer<String> linkOpener, Settings settings,
                                   UnaryOperator<DialogService> dialogWrapper, URL layout) {
        ControlsLanguage.follow(Localization.locale());
        FxTaskRunner tasks = new FxTaskRunner();
        FxTaskRunner backupTasks = new FxTaskRunner();
        DialogService dialogs = dialogWrapper.apply(new FxDialogService(stage, Messages.bundle()));
        MainViewModel model = new MainViewModel(opener, tasks, backupTasks, dialogs, settings);
        model.open(database);
        FXMLLoader loader = new FXMLLoader(layout, Messages.bundle());
        loader.setControllerFactory(type -> type == MainController.class
                ? new MainController(model, dialogs, tasks, backupTasks, linkOpener, settings) : instantiate(type));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            model.close();
            throw new UncheckedIOException("cannot load the main window's layout " + layout, e);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        DialogWindows.applyTheme(scene, settings.darkTheme());
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().setAll(DialogWindows.icons());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        model.openRecordProperty().addListener((obs, old, where) -> {
            if (where != null) {
                stage.setTitle(Messages.get("app.title") + " — " + where.shortName());
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!model.mayLeaveRecord()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> model.close());
        stage.show();
        keepFilterBarWhole(stage, root, screen.getWidth());
        return new MainWindow(stage, model);
    }

    /**
     * The window is never narrower than its filter bar needs in the language in use, with room
     * for two filters' "(N)": narrower, the bar's last controls were cut off at the right edge
     * (Russian below about 1,040 px). A screen narrower than that still gets the whole window.
     */
    private static void keepFilterBarWhole(Stage stage, Parent root, double screenWidth) {
        if (!(root.lookup(".filter-bar") instanceof Region bar)) {
            return;
        }
        // What lies beside the bar (the pairs pane, insets, the window's frame), measured now, at
        // the first layout, when the bar has its room; then, after each layout, what the bar needs
        // (a ticked filter's title grows).
        root.applyCss();
        root.layout();
        double around = stage.getWidth() - bar.getWidth();
        Runnable keep = () -> stage.setMinWidth(Math.min(screenWidth,
                Math.max(800, around + bar.minWidth(-1) + TICKED_ROOM)));
        keep.run();
        bar.widthProperty().addListener((obs, old, width) -> keep.run());
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }

    public MainViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }
}
