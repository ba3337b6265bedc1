package org.diplotrack.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Office of the Historian's country ids ({@code resources/hsg/country-ids.tsv}) mapped to an
 * ISO 3166-1 alpha-2 code, {@link #FORMER} (a state that no longer exists) or {@link #NOT_A_STATE};
 * shared by the travels, visits and chiefs of mission importers (decisions 0019 and 0022).
 */
final class HsgCountryIds {
    static final String FORMER = "former";
    static final String NOT_A_STATE = "not-state";
    private static final Map<String, String> TABLE = load();

    private HsgCountryIds() {
    }

    /** The whole table, id to code. */
    static Map<String, String> table() {
        return TABLE;
    }

    /** The code for an id, {@link #FORMER}, {@link #NOT_A_STATE}, or null when the table lacks it. */
    static String code(String id) {
        return id == null ? null : TABLE.get(id);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = HsgCountryIds.class.getResourceAsStream("/hsg/country-ids.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hsg/country-ids.tsv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    map.put(parts[0].trim(), parts[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
