package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real event-data samples in ../shared/fixtures (beside the project); missing ones fail the test. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path file(String name) {
        Path path = Path.of("..", "shared", "fixtures", name).toAbsolutePath().normalize();
        assertThat(path).as("fixture %s (the fixtures live in ../shared/fixtures beside the project)", name)
                .isRegularFile();
        return path;
    }

    public static Path icews() {
        return file("icews-2018-sample.tab");
    }

    public static Path gdelt2() {
        return file("gdelt2-sample.tsv");
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
