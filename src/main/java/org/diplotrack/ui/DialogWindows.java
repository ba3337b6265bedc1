package org.diplotrack.ui;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Makes every window of the app but the main one: the owner, the modality, the icons, the base
 * stylesheet and, when the owner is dark, the dark one over it. The main window's theme is set
 * here too, so that a window opened over it looks like it.
 */
public final class DialogWindows {
    static final String BASE = DialogWindows.class.getResource("/css/diplotrack.css").toExternalForm();
    static final String DARK = DialogWindows.class.getResource("/css/dark.css").toExternalForm();
    private static List<Image> icons;

    private DialogWindows() {
    }

    /** The app's icon in the sizes the desktops ask for; read once. */
    public static synchronized List<Image> icons() {
        if (icons == null) {
            icons = List.of("32", "64", "256").stream().map(size -> new Image(DialogWindows.class
                    .getResource("/icons/diplotrack-" + size + ".png").toExternalForm())).toList();
        }
        return icons;
    }

    /** The main window's theme: the base sheet on the scene, the dark one (which outranks it) on the root. */
    public static void applyTheme(Scene scene, boolean dark) {
        if (!scene.getStylesheets().contains(BASE)) {
            scene.getStylesheets().add(0, BASE);
        }
        if (scene.getRoot() != null) {
            themeRoot(scene.getRoot(), dark);
        }
    }

    private static void themeRoot(Parent root, boolean dark) {
        root.getStylesheets().remove(DARK);
        if (dark) {
            root.getStylesheets().add(DARK);
        }
    }

    /** True when {@code window} shows the dark theme (no window: light). */
    public static boolean isDark(Window window) {
        return window != null && window.getScene() != null && window.getScene().getRoot() != null
                && window.getScene().getRoot().getStylesheets().contains(DARK);
    }

    /** A window over {@code owner}, modal to it, showing {@code root} in the owner's theme. */
    public static Stage stage(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.getIcons().setAll(icons());
        Scene scene = new Scene(root);
        applyTheme(scene, isDark(owner));
        stage.setScene(scene);
        return stage;
    }

    /**
     * Readies an alert or dialog over {@code owner}: owner, icons, and the owner's theme on its
     * pane; it blocks the whole app while it waits for its answer, as JavaFX's alerts do.
     */
    public static <D extends Dialog<?>> D dialog(Window owner, D dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.APPLICATION_MODAL);
        DialogPane pane = dialog.getDialogPane();
        if (!pane.getStylesheets().contains(BASE)) {
            pane.getStylesheets().add(0, BASE);
        }
        themeRoot(pane, isDark(owner));
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
            stage.getIcons().setAll(icons());
        }
        return dialog;
    }
}
