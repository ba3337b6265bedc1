package org.diplotrack.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The dialogs' buttons in the app's language: JavaFX's own {@link ButtonType#OK} and kin take
 * their words from the system's locale, and it has none for Russian.
 */
public final class DialogButtons {
    public static final ButtonType OK = new ButtonType(Messages.get("dialog.ok"), ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    public static final ButtonType YES = new ButtonType(Messages.get("dialog.yes"), ButtonData.YES);
    public static final ButtonType NO = new ButtonType(Messages.get("dialog.no"), ButtonData.NO);

    private DialogButtons() {
    }
}
