package org.diplotrack.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.diplotrack.model.l10n.Localization;

/**
 * The dialogs' buttons in the app's language: JavaFX's own {@link ButtonType#OK} and kin take
 * their words from the system's locale, and it has none for Russian. One button of a kind per
 * language, so an answer can be compared with {@code ==}.
 */
public final class DialogButtons {
    private static final Map<String, ButtonType> BUTTONS = new ConcurrentHashMap<>();

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return button("dialog.ok", ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return button("dialog.cancel", ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType yes() {
        return button("dialog.yes", ButtonData.YES);
    }

    public static ButtonType no() {
        return button("dialog.no", ButtonData.NO);
    }

    private static ButtonType button(String key, ButtonData data) {
        return BUTTONS.computeIfAbsent(Localization.locale().toLanguageTag() + " " + key,
                k -> new ButtonType(Messages.get(key), data));
    }
}
