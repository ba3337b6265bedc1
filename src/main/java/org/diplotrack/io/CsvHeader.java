package org.diplotrack.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplotrack.model.l10n.Localization;

/**
 * The header line of a native CSV as a spreadsheet may save it: some of the columns of
 * {@link ContactCsvWriter#COLUMNS} (at least {@link #REQUIRED}), in any order and case, with
 * spaces or quotes around the names, separated by commas, semicolons or tabs.
 */
final class CsvHeader {
    static final List<String> REQUIRED = List.of("date", "country_a", "country_b", "mode", "status");
    private static final String DELIMITERS = ",;\t";

    private CsvHeader() {
    }

    /** The delimiter among comma, semicolon and tab that splits the line into the most native column names; comma on a tie. */
    static char delimiter(String line) {
        char best = ',';
        long most = -1;
        for (char d : DELIMITERS.toCharArray()) {
            long known = names(line, d).stream().filter(ContactCsvWriter.COLUMNS::contains).count();
            if (known > most) {
                best = d;
                most = known;
            }
        }
        return best;
    }

    /** How many native column names the line holds, split at its delimiter. */
    static long known(String line) {
        return names(line, delimiter(line)).stream().filter(ContactCsvWriter.COLUMNS::contains).distinct().count();
    }

    /** The required columns that the line, split at its delimiter, does not name. */
    static List<String> missing(String line) {
        List<String> names = names(line, delimiter(line));
        return REQUIRED.stream().filter(c -> !names.contains(c)).toList();
    }

    /** A header cell as a column name: without the spaces and quotes around it, in lower case. */
    static String name(String cell) {
        String name = cell.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return name.toLowerCase(Locale.ROOT);
    }

    static ImportException lacks(String file, String column) {
        return new ImportException(file, 1, column, Localization.text("import.error.csvLacksColumn",
                String.join(", ", REQUIRED)));
    }

    private static List<String> names(String line, char delimiter) {
        return Arrays.stream(line.split(Pattern.quote(String.valueOf(delimiter)), -1)).map(CsvHeader::name).toList();
    }
}
