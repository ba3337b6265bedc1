package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.diplotrack.model.Contact;

/** The contacts a new database starts with: {@code resources/seed/}, read as native JSON. */
public final class SeedData {
    static final String RESOURCE = "/seed/canada-russia-2022.json";

    private SeedData() {
    }

    public static List<Contact> contacts() {
        try (InputStream in = SeedData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed data " + RESOURCE + " is missing from the application");
            }
            return new NativeJsonReader().read(in, "seed" + RESOURCE.substring(RESOURCE.lastIndexOf('/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
