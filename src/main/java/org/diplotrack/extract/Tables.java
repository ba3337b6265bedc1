package org.diplotrack.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the rule tables under {@code resources/extract/}: TSV, '#' starts a comment line. */
final class Tables {
    private Tables() {
    }

    static List<String[]> read(String name) {
        String path = "/extract/" + name;
        try (InputStream in = Tables.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule table " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
