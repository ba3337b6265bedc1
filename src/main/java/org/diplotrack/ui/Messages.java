package org.diplotrack.ui;

import java.util.ResourceBundle;
import org.diplotrack.model.l10n.Localization;

/** The window's strings, in the language in use ({@link Localization}). */
public final class Messages {
    private Messages() {
    }

    public static ResourceBundle bundle() {
        return Localization.bundle();
    }

    public static String get(String key, Object... args) {
        return Localization.text(key, args);
    }
}
