package org.diplotrack.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * A state that no longer exists (the Soviet Union, Yugoslavia, …): a country of its own, with the
 * days it existed and the states whose history continues its own ({@code
 * resources/countries/former-states.properties}, decision 0024).
 *
 * @param country   its codes and English name
 * @param iso3166_3 its four-letter ISO 3166-3 code, or null for a state under a user-assigned code
 * @param from      its first day
 * @param to        its last day
 * @param continued the alpha-2 codes of the states that continue its history
 * @param names     its name by language ("en", "fr", "ru")
 */
public record FormerState(Country country, String iso3166_3, PartialDate from, PartialDate to,
                          List<String> continued, Map<String, String> names) {

    public FormerState {
        continued = List.copyOf(continued);
        names = Map.copyOf(names);
    }

    /** The table shipped with the application ({@code resources/countries/former-states.properties}), by code. */
    static List<FormerState> table() {
        ResourceBundle bundle = ResourceBundle.getBundle("countries.former-states", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(bundle.keySet()).stream().map(code -> parse(code, bundle.getString(code))).toList();
    }

    private static FormerState parse(String code, String value) {
        String[] f = value.split("\\|");
        if (f.length != 8) {
            throw new IllegalStateException("countries/former-states.properties: 8 fields expected for " + code);
        }
        return new FormerState(new Country(code, f[0], f[5]), f[1].equals("-") ? null : f[1],
                PartialDate.parse(f[2]), PartialDate.parse(f[3]), Arrays.asList(f[4].split(",")),
                Map.of("en", f[5], "fr", f[6], "ru", f[7]));
    }
}
