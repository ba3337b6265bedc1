package org.diplotrack.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.diplotrack.model.Mission;

/**
 * Writes missions to a native CSV or JSON file (README, "Missions"), the format chosen by the
 * file's extension as for contacts; the file is replaced whole or not at all.
 */
public final class MissionFiles {
    private MissionFiles() {
    }

    public static void write(List<Mission> missions, Path file) throws IOException {
        FileReplacement.write(file, w -> {
            if (ContactFiles.isJson(file)) {
                new MissionJson().write(missions, w);
            } else {
                new MissionCsv().write(missions, w);
            }
        });
    }
}
