package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real event-data samples in {@code src/test/resources/fixtures} (origin and licence in its
 * README); a missing one fails the test.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path file(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        assertThat(url).as("fixture %s in src/test/resources/fixtures", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path icews() {
        return file("icews-2018-sample.tab");
    }

    public static Path gdelt2() {
        return file("gdelt2-sample.tsv");
    }
}
