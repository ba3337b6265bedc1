package org.diplotrack.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Status;
import org.diplotrack.model.UnknownCountryException;

/**
 * The mapping tables in {@code resources/}: CAMEO root codes of the contact family
 * ({@code cameo/contact-codes.tsv}), CAMEO actor country codes ({@code cameo/country-codes.tsv}),
 * the offices of the leaders event data names ({@code cameo/office-holders.tsv}) and ICEWS country
 * names ({@code icews/country-names.tsv}). Read once.
 */
final class CameoTables {
    /** What a CAMEO root code becomes. */
    record ContactCode(String code, Mode mode, Status status, String label) {
    }

    private static final Map<String, ContactCode> CODES = new HashMap<>();
    private static final Map<String, Country> CAMEO_COUNTRIES = new HashMap<>();
    private static final Map<String, Country> ICEWS_NAMES = new HashMap<>();
    private static final Map<String, List<Term>> TERMS = new HashMap<>();

    /** One term of office of a name as a dataset writes it: from its first day to the successor's (null: ongoing). */
    private record Term(LocalDate from, LocalDate to, Level level, String portfolio, String name, String title) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /**
     * What the office-holders table says of a name on a day: the level, portfolio and participant
     * (name and title) of the office held, or {@code former} when the day follows the start of the
     * name's first term and falls in none (then the level is unknown and the title absent).
     */
    record Office(Level level, String portfolio, Participant participant, boolean former) {
    }

    static {
        for (String[] row : rows("/cameo/contact-codes.tsv")) {
            CODES.put(row[0], new ContactCode(row[0], Mode.valueOf(row[1]), Status.valueOf(row[2]), row[3]));
        }
        for (String[] row : rows("/cameo/country-codes.tsv")) {
            CAMEO_COUNTRIES.put(row[0], Countries.lookup(row[1]));
        }
        for (String[] row : rows("/icews/country-names.tsv")) {
            ICEWS_NAMES.put(row[0], Countries.lookup(row[1]));
        }
        for (String[] row : rows("/cameo/office-holders.tsv")) {
            String key = row[0].toUpperCase(Locale.ROOT) + "\t" + Countries.lookup(row[1]).alpha2();
            TERMS.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Term(LocalDate.parse(row[2]), row[3].isEmpty() ? null : LocalDate.parse(row[3]),
                            Level.fromCode(row[4]), row[5].isEmpty() ? null : row[5], row[6], row[7]));
        }
    }

    private CameoTables() {
    }

    /** The contact code that an event code (e.g. "0431") belongs to, by its first 3 characters; else null. */
    static ContactCode contactCode(String eventCode) {
        return eventCode == null || eventCode.length() < 3 ? null : CODES.get(eventCode.substring(0, 3));
    }

    /** The country of a CAMEO actor country code ("USA", "ROM"), or null for regions and unknown codes. */
    static Country cameoCountry(String code) {
        return code == null ? null : CAMEO_COUNTRIES.get(code);
    }

    /** The country of an ICEWS country name ("Russian Federation", "Occupied Palestinian Territory"), or null. */
    static Country icewsCountry(String name) {
        if (name == null || name.isEmpty() || name.equals("NA")) {
            return null;
        }
        Country country = ICEWS_NAMES.get(name);
        if (country != null) {
            return country;
        }
        try {
            return Countries.lookup(name);
        } catch (UnknownCountryException e) {
            return null;
        }
    }

    /**
     * The office an actor name (as the dataset writes it: GDELT's "SHINZO ABE", ICEWS's "Sergey
     * Viktorovich Lavrov"; case ignored) of a country held on a day, or null when the table does
     * not list the name for that country or the day is not known.
     */
    static Office office(String codedName, Country country, LocalDate day) {
        if (codedName == null || country == null || day == null) {
            return null;
        }
        List<Term> terms = TERMS.get(codedName.toUpperCase(Locale.ROOT).trim() + "\t" + country.alpha2());
        if (terms == null) {
            return null;
        }
        boolean after = false;
        for (Term t : terms) {
            if (t.covers(day)) {
                return new Office(t.level(), t.portfolio(), new Participant(t.name(), t.title()), false);
            }
            after |= !day.isBefore(t.from());
        }
        return new Office(Level.UNKNOWN, null, new Participant(terms.get(0).name(), null), after);
    }

    /** The data rows of a table: tab-separated, after the comment lines and the header. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = CameoTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("mapping table " + resource + " is missing from the application");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
