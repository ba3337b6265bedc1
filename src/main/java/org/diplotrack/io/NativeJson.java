package org.diplotrack.io;

/** The native JSON format's envelope: {@code {"format": ..., "version": ..., "contacts": [...]}}. */
final class NativeJson {
    static final String FORMAT = "diplotrack-contacts";
    static final int VERSION = 1;

    private NativeJson() {
    }
}
