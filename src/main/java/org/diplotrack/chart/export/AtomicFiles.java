package org.diplotrack.chart.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.diplotrack.model.l10n.Localization;

/** Writes a file whole or not at all: into a temporary file beside it, then moved over it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Checks that a file can be written there, with a message a person can act on. */
    public static void checkWritable(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(Localization.text("chart.error.noFolder", file.toString(), String.valueOf(dir)));
        }
        if (Files.isDirectory(file)) {
            throw new IOException(Localization.text("chart.error.isFolder", file.toString()));
        }
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new IOException(Localization.text("chart.error.permission", file.toString()));
        }
    }

    /**
     * A temporary file is private to its owner (0600); the file it becomes keeps the permissions
     * of the file it replaces, or gets the usual rw-r--r--.
     */
    private static void permitReading(Path tmp, Path file) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(file) ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    public static void write(Path target, Content content) throws IOException {
        checkWritable(target);
        Path file = target.toAbsolutePath();
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            permitReading(tmp, file);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
