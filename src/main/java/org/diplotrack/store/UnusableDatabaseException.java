package org.diplotrack.store;

/**
 * The file is not a DiploTrack database, is truncated or is damaged. It was left exactly as it
 * was; the caller may offer to restore a backup (see {@link Backups#restoreNewestGood}).
 */
public class UnusableDatabaseException extends StoreException {
    public UnusableDatabaseException(String message) {
        super(message);
    }

    public UnusableDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
