package org.diplotrack.model.l10n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import java.text.Format;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every user-visible string, from {@code resources/i18n/messages*.properties}, in one of the
 * app's languages. Patterns with arguments are message formats, ICU's where they have plural
 * forms, so counts take the form each language wants ("1 контакт", "3 контакта",
 * "5 контактов"). The language is chosen once at start (window: View › Language; command line:
 * --lang or LANG) and may change later.
 */
public final class Localization {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The languages of the app, in the order the Language menu lists them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, RUSSIAN);
    private static final String BUNDLE = "i18n.messages";
    // Without fallback to the system's locale: English is the base bundle, not the default one.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = supported(Locale.getDefault());
    private static volatile ResourceBundle bundle;
    private static final Map<String, Format> FORMATS = new ConcurrentHashMap<>();
    private static final Pattern ICU_ONLY = Pattern.compile(",\\s*(plural|select|selectordinal)\\s*,");

    private Localization() {
    }

    /** The language in use. */
    public static Locale locale() {
        return locale;
    }

    /** Uses {@code wanted}, or English when it is none of the app's languages. */
    public static void use(Locale wanted) {
        locale = supported(wanted);
        bundle = null;
        FORMATS.clear();
    }

    /** The app's language for a locale: its language when the app has it, else English. */
    public static Locale supported(Locale wanted) {
        Locale language = wanted == null ? null : appLanguage(wanted);
        return language == null ? Locale.ENGLISH : language;
    }

    /** The app's language named by a tag such as "fr", "ru_RU.UTF-8" or "en-CA"; null when it names none. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return appLanguage(Locale.forLanguageTag(tag.replaceFirst("[.@].*$", "").replace('_', '-')));
    }

    /** The one of {@link #LANGUAGES} in the language of {@code asked}, or null. */
    private static Locale appLanguage(Locale asked) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst().orElse(null);
    }

    /** The strings of the language in use (FXML reads its {@code %key}s from it). */
    public static ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            b = bundle(locale);
            bundle = b;
        }
        return b;
    }

    /** The strings of one of the app's languages. */
    public static ResourceBundle bundle(Locale language) {
        Locale l = supported(language);
        return ResourceBundle.getBundle(BUNDLE, l.getLanguage().equals("en") ? Locale.ROOT : l, NO_FALLBACK);
    }

    /** A language's own name for itself, as the Language menu lists it: "English", "Français", "Русский". */
    public static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The string of {@code key} in another language than the one in use (says "restart" in the new one). */
    public static String textIn(Locale language, String key) {
        return bundle(language).getString(key);
    }

    /** The string of {@code key}, its arguments put in; without arguments, the string as written. */
    public static String text(String key, Object... args) {
        if (args.length == 0) {
            return bundle().getString(key);
        }
        Format format = FORMATS.computeIfAbsent(key, k -> formatOf(bundle().getString(k), locale));
        synchronized (format) { // formats are not safe for threads at once; workers use them too
            return format.format(args);
        }
    }

    /**
     * ICU's format for a pattern with plural or select forms; the JDK's for the others, which
     * both read alike (LocalizationConsistencyTest checks that no lone apostrophe would tell them
     * apart): ICU's classes cost ≈0.25 s to load, which an English start need not pay.
     */
    static Format formatOf(String pattern, Locale locale) {
        return needsIcu(pattern) ? new MessageFormat(pattern, locale) : new java.text.MessageFormat(pattern, locale);
    }

    static boolean needsIcu(String pattern) {
        return ICU_ONLY.matcher(pattern).find();
    }

    /**
     * Loads ICU's formats and the language's plural rules ahead of the first count the window
     * formats, when {@code language} has patterns with plural forms.
     */
    public static void prepare(Locale language) {
        Locale l = supported(language);
        ResourceBundle strings = bundle(l);
        strings.keySet().stream().map(strings::getString).filter(Localization::needsIcu).findFirst()
                .ifPresent(pattern -> {
                    new MessageFormat(pattern, l);
                    PluralRules.forLocale(l).select(1);
                });
    }
}
