package org.diplotrack.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.diplotrack.model.l10n.Localization;

/**
 * Tells the format of an import from its first 64 KiB: JSON by its first character (missions by
 * its format's name), the Office of the Historian's XML by its root element, a missions CSV by
 * its header (sending, receiving, rank, from), ICEWS by
 * its header, DiploTrack CSV by a header naming the required columns ({@link CsvHeader}), GDELT
 * by the number of tab-separated columns of the first line (57 or 58: 1.0; 61: 2.0). Empty and
 * binary files, and anything else, get one clear message.
 */
final class FormatDetector {
    static final int SAMPLE = 1 << 16;
    /** The missions' JSON names its format before its missions (the writer puts it first). */
    private static final java.util.regex.Pattern MISSIONS_JSON = java.util.regex.Pattern.compile(
            "\"format\"\\s*:\\s*\"" + MissionJson.FORMAT + "\"");

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
            throw new ImportException(file, 0, null, Localization.text("import.error.empty"));
        }
        return content;
    }

    static ImportFormat detect(String content, String file) {
        String trimmed = content.stripLeading();
        if (trimmed.startsWith("{")) {
            return MISSIONS_JSON.matcher(trimmed).find() ? ImportFormat.MISSIONS_JSON : ImportFormat.JSON;
        }
        if (trimmed.startsWith("<")) {
            if (trimmed.contains("<trips>") || trimmed.contains("<trip ")) {
                return ImportFormat.HSG_TRAVELS;
            }
            if (trimmed.contains("<visits>") || trimmed.contains("<visit>")) {
                return ImportFormat.HSG_VISITS;
            }
            if (trimmed.contains("<country-mission>") || trimmed.contains("<country-mission ")) {
                return ImportFormat.HSG_POCOM;
            }
        }
        int eol = content.indexOf('\n');
        String first = (eol < 0 ? content : content.substring(0, eol)).replace("\r", "");
        if (first.startsWith("Event ID\t") && first.contains("\tCAMEO Code\t")) {
            return ImportFormat.ICEWS;
        }
        if (MissionCsv.isHeader(first)) {
            return ImportFormat.MISSIONS_CSV;
        }
        if (CsvHeader.missing(first).isEmpty()) {
            return ImportFormat.CSV;
        }
        int columns = first.split("\t", -1).length;
        if (columns == 57 || columns == 58) {
            return ImportFormat.GDELT1;
        }
        if (columns == 61) {
            return ImportFormat.GDELT2;
        }
        if (MissionCsv.lacks(first, file) != null) {
            throw MissionCsv.lacks(first, file);
        }
        if (CsvHeader.known(first) >= 2) {
            throw CsvHeader.lacks(file, CsvHeader.missing(first).get(0));
        }
        throw new ImportException(file, 1, null, Localization.text("import.error.unknownFormat",
                String.join(", ", CsvHeader.REQUIRED), columns));
    }

    /**
     * The sample as text, UTF-8 or else a Windows code page ({@link Utf8OrLegacyReader}); a file
     * with NUL bytes or much that is not text is refused as binary, UTF-16 with a hint.
     */
    private static String decode(byte[] sample, String file) {
        if (sample.length >= 2 && ((sample[0] & 0xff) == 0xff && (sample[1] & 0xff) == 0xfe
                || (sample[0] & 0xff) == 0xfe && (sample[1] & 0xff) == 0xff)) {
            throw new ImportException(file, 0, null, Localization.text("import.error.utf16"));
        }
        for (byte b : sample) {
            if (b == 0) {
                throw binary(file);
            }
        }
        StringWriter text = new StringWriter(sample.length);
        try (Reader in = new Utf8OrLegacyReader(new ByteArrayInputStream(sample))) {
            in.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from an array
        }
        String decoded = text.toString();
        long odd = decoded.chars().filter(c -> c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                .count();
        if (odd > Math.max(4, decoded.length() / 20)) {
            throw binary(file);
        }
        return decoded;
    }

    private static ImportException binary(String file) {
        return new ImportException(file, 0, null, Localization.text("import.error.binary"));
    }
}
