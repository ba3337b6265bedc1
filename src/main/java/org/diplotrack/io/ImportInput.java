package org.diplotrack.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An input file opened for import: unpacked when it is gzip- or zip-compressed (recognised by
 * its first bytes, not its name; of a zip file, the first file in it), with a count of the
 * file's bytes read so far for the progress bar.
 */
final class ImportInput implements AutoCloseable {
    private final Counting counted;
    private final InputStream content;
    private final long totalBytes;
    private final String name;

    private ImportInput(Counting counted, InputStream content, long totalBytes, String name) {
        this.counted = counted;
        this.content = content;
        this.totalBytes = totalBytes;
        this.name = name;
    }

    static ImportInput open(Path file) throws IOException {
        long size = Files.size(file);
        Counting counted = new Counting(Files.newInputStream(file));
        BufferedInputStream raw = new BufferedInputStream(counted, 1 << 16);
        String name = file.getFileName().toString();
        try {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                return new ImportInput(counted, new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16),
                        size, name);
            }
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                ZipInputStream zip = new ZipInputStream(raw);
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && entry.isDirectory()) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    throw new IOException("the zip file holds no file");
                }
                return new ImportInput(counted, new BufferedInputStream(zip, 1 << 16), size,
                        name + "!/" + entry.getName());
            }
            return new ImportInput(counted, raw, size, name);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The unpacked content; buffered, so it supports mark and reset for format detection. */
    InputStream content() {
        return content;
    }

    /** The file's name, with the entry's for a zip file: "events.zip!/events.tsv". */
    String name() {
        return name;
    }

    long bytesRead() {
        return counted.count;
    }

    long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
