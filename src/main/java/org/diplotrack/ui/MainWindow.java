package org.diplotrack.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.diplotrack.store.Database;

/** Builds the main window from {@code main.fxml} and shows it on a stage. */
public final class MainWindow {
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
    public static MainWindow show(Stage stage, Path database, Function<Path, Database> opener,
                                  Consumer<String> linkOpener, Settings settings) {
        return show(stage, database, opener, linkOpener, settings, d -> d);
    }

    /** As above, with the dialogs given (tests answer file choosers through them). */
    public static MainWindow show(Stage stage, Path database, Function<Path, Database> opener,
                                  Consumer<String> linkOpener, Settings settings, DialogService dialogs) {
        return show(stage, database, opener, linkOpener, settings, d -> dialogs);
    }

    /** As above, with the dialogs wrapped (tests answer file choosers through this). */
    public static MainWindow show(Stage stage, Path database, Function<Path, Database> opener,
                                  Consumer<String> linkOpener, Settings settings,
                                  java.util.function.UnaryOperator<DialogService> dialogWrapper) {
        FxTaskRunner tasks = new FxTaskRunner();
        DialogService dialogs = dialogWrapper.apply(new FxDialogService(stage, Messages.bundle()));
        MainViewModel model = new MainViewModel(opener, tasks, new FxTaskRunner(), dialogs, settings);
        model.open(database);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> type == MainController.class
                ? new MainController(model, dialogs, tasks, linkOpener, settings) : instantiate(type));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window's layout", e);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/css/diplotrack.css").toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        for (String size : new String[] {"32", "64", "256"}) {
            stage.getIcons().add(new Image(MainWindow.class.getResource("/icons/diplotrack-" + size + ".png")
                    .toExternalForm()));
        }
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        model.databaseProperty().addListener((obs, old, db) -> {
            if (db != null) {
                stage.setTitle(Messages.get("app.title") + " — " + db.file().getFileName());
            }
        });
        stage.setOnHidden(e -> model.close());
        stage.show();
        return new MainWindow(stage, model);
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
