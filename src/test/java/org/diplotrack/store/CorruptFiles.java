package org.diplotrack.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Ways a database file gets hurt, for tests. */
final class CorruptFiles {
    private CorruptFiles() {
    }

    /** Overwrites pages after the first with garbage, so the b-trees no longer parse. */
    static void damage(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            long size = ch.size();
            byte[] junk = new byte[4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            for (long pos = 4096; pos < size; pos += 8192) {
                ch.write(ByteBuffer.wrap(junk), pos);
            }
        }
    }

    /** Cuts the file to a fraction of its length, as a bad copy or a full disk might. */
    static void truncate(Path file, double keep) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate((long) (ch.size() * keep));
        }
    }
}
