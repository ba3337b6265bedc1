package org.diplotrack.store;

/**
 * The server could not be reached for a read or a write (issue 14): the connection dropped, or
 * could not be made again. A write that fails so was not saved; the next use of the record
 * connects again, so the same change can simply be tried once more.
 */
public final class ConnectionLostException extends StoreException {
    ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
