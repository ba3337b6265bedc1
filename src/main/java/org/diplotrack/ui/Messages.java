package org.diplotrack.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings, from {@code resources/i18n/messages*.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages");

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
