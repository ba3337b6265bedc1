package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the format of an import from its first 64 KiB: JSON by its first character, ICEWS by
 * its header, DiploTrack CSV by its header, GDELT by the number of tab-separated columns of the
 * first line (57 or 58: 1.0; 61: 2.0). Empty and binary files, and anything else, get one clear
 * message.
 */
final class FormatDetector {
    static final int SAMPLE = 1 << 16;

    private FormatDetector() {
    }

    /**
     * Reads a sample from {@code in} (which must support mark/reset) and puts it back; refuses
     * an empty or binary file; with {@link ImportFormat#AUTO}, tells the format, else returns
     * {@code wanted}.
     */
    static ImportFormat detect(InputStream in, String file, ImportFormat wanted) throws IOException {
        in.mark(SAMPLE);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        String content = text(sample, file);
        return wanted == ImportFormat.AUTO ? detect(content, file) : wanted;
    }

    /** The sample as text without a byte-order mark; refuses empty and binary files. */
    static String text(byte[] sample, String file) {
        String text = decode(sample, file);
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            throw new ImportException(file, 0, null, "is empty: there is nothing to import");
        }
        return content;
    }

    static ImportFormat detect(String content, String file) {
        String trimmed = content.stripLeading();
        if (trimmed.startsWith("{")) {
            return ImportFormat.JSON;
        }
        int eol = content.indexOf('\n');
        String first = (eol < 0 ? content : content.substring(0, eol)).replace("\r", "");
        if (first.startsWith("Event ID\t") && first.contains("\tCAMEO Code\t")) {
            return ImportFormat.ICEWS;
        }
        if (first.startsWith(String.join(",", ContactCsvWriter.COLUMNS.subList(0, 4)))) {
            return ImportFormat.CSV;
        }
        int columns = first.split("\t", -1).length;
        if (columns == 57 || columns == 58) {
            return ImportFormat.GDELT1;
        }
        if (columns == 61) {
            return ImportFormat.GDELT2;
        }
        throw new ImportException(file, 1, null, "is not in a format DiploTrack can import (expected DiploTrack "
                + "CSV or JSON, GDELT 1.0 or 2.0 events with 57, 58 or 61 tab-separated columns, or ICEWS events "
                + "with their header; the first line has " + columns + (columns == 1 ? " column)" : " columns)"));
    }

    /** The sample as text; a file with NUL bytes or much that is not UTF-8 is refused as binary. */
    private static String decode(byte[] sample, String file) {
        for (byte b : sample) {
            if (b == 0) {
                throw binary(file);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(sample.length + 1);
        decoder.decode(ByteBuffer.wrap(sample), chars, true);
        chars.flip();
        String text = chars.toString();
        long odd = text.chars().filter(c -> c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')).count();
        if (odd > Math.max(4, text.length() / 20)) {
            throw binary(file);
        }
        return text;
    }

    private static ImportException binary(String file) {
        return new ImportException(file, 0, null, "is not a text file (it holds binary data): DiploTrack imports "
                + "CSV, JSON and tab-separated GDELT or ICEWS files, also gzip- or zip-compressed");
    }
}
