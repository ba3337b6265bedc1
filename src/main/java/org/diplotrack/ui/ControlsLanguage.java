package org.diplotrack.ui;

import java.util.Locale;

/**
 * Makes JavaFX's own words (a text field's context menu, an empty table) speak the app's
 * language. JavaFX looks them up in the JVM's default locale, so that follows the app's
 * language; the default for formats stays the system's, since what the app writes to files
 * must not change with the window's language.
 */
public final class ControlsLanguage {
    private ControlsLanguage() {
    }

    public static void follow(Locale language) {
        Locale formats = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(language);
        Locale.setDefault(Locale.Category.FORMAT, formats);
    }
}
