package org.diplotrack.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
        write(contacts::forEach, file, json);
    }

    /**
     * Writes the contacts {@code contacts} hands over one at a time (for example straight from
     * the store), so that an export of any size runs in little memory.
     *
     * @return how many contacts were written
     */
    public static long write(Consumer<Consumer<Contact>> contacts, Path file, boolean json) throws IOException {
        long[] count = {0};
        Consumer<Consumer<Contact>> counted = sink -> contacts.accept(c -> {
            count[0]++;
            sink.accept(c);
        });
        FileReplacement.write(file, w -> {
            if (json) {
                new NativeJsonWriter().writeEach(counted, w);
            } else {
                new ContactCsvWriter().writeEach(counted, w);
            }
        });
        return count[0];
    }
}
