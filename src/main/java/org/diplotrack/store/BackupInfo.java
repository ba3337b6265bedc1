package org.diplotrack.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file.
 *
 * @param contacts the live contacts in it, or -1 when it could not be read
 */
public record BackupInfo(Path file, Instant taken, int contacts) {
}
