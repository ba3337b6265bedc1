package org.diplotrack.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Office of the Historian's country ids ({@code resources/hsg/country-ids.tsv}) mapped to a
 * country code (ISO 3166-1 alpha-2, or a former state's, decision 0024) or {@link #NOT_A_STATE};
 * shared by the travels, visits and chiefs of mission importers (decisions 0019 and 0022). Some ids
 * stand for different states over time ({@code russia}: the Soviet Union from 1922-12-30 to
 * 1991-12-25): a row with dates wins on its days, the row without dates on all others.
 */
final class HsgCountryIds {
    static final String NOT_A_STATE = "not-state";
    private static final Map<String, List<Row>> TABLE = load();

    /** One line of the table: the code for the id, on the days from..to when they are given. */
    private record Row(String code, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return from == null || day != null && !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private HsgCountryIds() {
    }

    /**
     * The code for an id on a day (null when the day is unknown: the undated row), {@link
     * #NOT_A_STATE}, or null when the table lacks the id.
     */
    static String code(String id, LocalDate day) {
        List<Row> rows = id == null ? null : TABLE.get(id);
        if (rows == null) {
            return null;
        }
        for (Row row : rows) {
            if (row.from() != null && row.covers(day)) {
                return row.code();
            }
        }
        return rows.stream().filter(r -> r.from() == null).map(Row::code).findFirst().orElse(null);
    }

    /** The last day of the dated row that covers {@code day}, or null when the undated row applies. */
    static LocalDate lastDayOfPeriod(String id, LocalDate day) {
        for (Row row : TABLE.getOrDefault(id, List.of())) {
            if (row.from() != null && row.covers(day)) {
                return row.to();
            }
        }
        return null;
    }

    private static Map<String, List<Row>> load() {
        Map<String, List<Row>> map = new LinkedHashMap<>();
        try (InputStream in = HsgCountryIds.class.getResourceAsStream("/hsg/country-ids.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hsg/country-ids.tsv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    Row row = parts.length >= 4
                            ? new Row(parts[1].trim(), LocalDate.parse(parts[2].trim()), LocalDate.parse(parts[3].trim()))
                            : new Row(parts[1].trim(), null, null);
                    map.computeIfAbsent(parts[0].trim(), k -> new ArrayList<>()).add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((id, rows) -> List.copyOf(rows));
        return Map.copyOf(map);
    }
}
