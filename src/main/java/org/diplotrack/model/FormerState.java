package org.diplotrack.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A state that no longer exists (the Soviet Union, Yugoslavia, …): a country of its own, with the
 * days it existed and the states whose history continues its own ({@code
 * resources/countries/former-states.tsv}, decision 0024).
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

    /** The table shipped with the application, in its order. */
    static List<FormerState> table() {
        List<FormerState> states = new ArrayList<>();
        try (InputStream in = FormerState.class.getResourceAsStream("/countries/former-states.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries/former-states.tsv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    states.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(states);
    }

    private static FormerState parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 9) {
            throw new IllegalStateException("countries/former-states.tsv: 9 columns expected in: " + line);
        }
        return new FormerState(new Country(f[0], f[1], f[6]), f[2].equals("-") ? null : f[2],
                PartialDate.parse(f[3]), PartialDate.parse(f[4]), Arrays.asList(f[5].split(",")),
                Map.of("en", f[6], "fr", f[7], "ru", f[8]));
    }
}
