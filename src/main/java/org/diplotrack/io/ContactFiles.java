package org.diplotrack.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.diplotrack.model.Contact;

/**
 * Writes contacts to a native CSV or JSON file: beside the target first, then moved in place, so
 * a failure never leaves half a file.
 */
public final class ContactFiles {
    private ContactFiles() {
    }

    /** True when the file's name asks for JSON (ends in .json); CSV otherwise. */
    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static void write(List<Contact> contacts, Path file, boolean json) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                if (json) {
                    new NativeJsonWriter().write(contacts, w);
                } else {
                    new ContactCsvWriter().write(contacts, w);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
