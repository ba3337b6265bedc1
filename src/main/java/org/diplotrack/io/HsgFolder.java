package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The travels and visits files of a folder of the Office of the Historian's data, found by their
 * content (as {@link FormatDetector} tells a single file), in every folder under it. Its other
 * files (code tables, the list of presidents, schemas) are passed over, and the log names them.
 */
final class HsgFolder {
    private static final Logger LOG = LoggerFactory.getLogger(HsgFolder.class);
    private static final int SAMPLE = 4096;

    private HsgFolder() {
    }

    /** One file of trips or visits: where it is, its name (the same as when imported alone, so that
     * a re-import of either kind adds nothing), and which of the two. */
    record Entry(Path file, String name, ImportFormat format) {
    }

    /** The folder's files of trips and visits, by path; none when it holds neither. */
    static List<Entry> tripsAndVisits(Path folder) {
        if (Files.isDirectory(folder.resolve("missions-countries"))) {
            return List.of(); // the chiefs of mission: thousands of people's files, none a trip
        }
        List<Path> xml;
        try (Stream<Path> all = Files.walk(folder)) {
            xml = all.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> found = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path f : xml) {
            ImportFormat format = formatOf(f);
            if (format == ImportFormat.HSG_TRAVELS || format == ImportFormat.HSG_VISITS) {
                found.add(new Entry(f, f.getFileName().toString(), format));
            } else {
                others.add(f);
            }
        }
        if (!found.isEmpty() && !others.isEmpty()) {
            LOG.info("Import of {}: {} files that hold no trips or visits passed over: {}", folder, others.size(),
                    others.stream().map(folder::relativize).toList());
        }
        return found;
    }

    private static ImportFormat formatOf(Path file) {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(sample, StandardCharsets.UTF_8).stripLeading();
        try {
            return text.isEmpty() ? ImportFormat.AUTO : FormatDetector.detect(text, file.getFileName().toString());
        } catch (ImportException notData) {
            return ImportFormat.AUTO; // a code table or a schema: no rows of ours
        }
    }
}
