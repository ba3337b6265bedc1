package org.diplotrack.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.diplotrack.model.l10n.Localization;

/**
 * Reads an article to draft contacts from (issue 15): plain text ({@code .txt} or any name not
 * recognised), an HTML page ({@code .html}, {@code .htm}, {@code .xhtml}) reduced to its text by
 * jsoup, or an e-mail message ({@code .eml}) read by mime4j. The file's own metadata (a page's
 * meta tags, a message's Subject, From and Date) comes first, and {@link Byline} fills what it
 * lacks from the text. Nothing is fetched and nothing in the file is run: scripts are dropped,
 * and markup, control characters or {@code ${…}} in the text stay text.
 */
public final class ArticleFiles {
    /** Files longer than this are refused rather than read whole into memory (4 MB). */
    public static final int MAX_BYTES = 4 * ContactExtractor.MAX_CHARS;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What a file holds, by its name. */
    enum Kind { TEXT, HTML, MAIL }

    /** The first bytes of a file that is surely no article, and its format's name. */
    private record Magic(String format, int... bytes) {
    }

    private static final Magic[] BINARY = {
        new Magic("PDF", '%', 'P', 'D', 'F', '-'),
        new Magic("ZIP", 'P', 'K', 3, 4),
        new Magic("Office 97–2003", 0xD0, 0xCF, 0x11, 0xE0),
        new Magic("gzip", 0x1F, 0x8B),
        new Magic("PNG", 0x89, 'P', 'N', 'G'),
        new Magic("JPEG", 0xFF, 0xD8, 0xFF),
        new Magic("GIF", 'G', 'I', 'F', '8'),
    };

    private ArticleFiles() {
    }

    /** Reads a file; its name says what it holds. */
    public static ArticleText read(Path path) throws ArticleFileException {
        String name = path.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw unreadable(name, Localization.text("extract.file.noSuchFile"), e);
        } catch (AccessDeniedException e) {
            throw unreadable(name, Localization.text("extract.file.accessDenied"), e);
        } catch (IOException e) {
            throw unreadable(name, String.valueOf(e.getMessage()), e);
        }
        return read(bytes, name);
    }

    /** Reads a stream (standard input) as plain text, at most {@link #MAX_BYTES}; {@code name} is for messages. */
    public static ArticleText read(InputStream in, String name) throws ArticleFileException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(name, String.valueOf(e.getMessage()), e);
        }
        return read(bytes, Kind.TEXT, name);
    }

    /** Reads the bytes of a file called {@code fileName}, whose ending says what they hold. */
    public static ArticleText read(byte[] bytes, String fileName) throws ArticleFileException {
        return read(bytes, kind(fileName), fileName);
    }

    /** Plain text already in memory (typed or pasted), with what its top lines say about it. */
    public static ArticleText ofText(String text) {
        return new ArticleText(text, Byline.guess(text));
    }

    static Kind kind(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        return name.endsWith(".eml") ? Kind.MAIL : Kind.TEXT;
    }

    private static ArticleText read(byte[] bytes, Kind kind, String name) throws ArticleFileException {
        if (bytes.length > MAX_BYTES) {
            throw new ArticleFileException(Localization.text("extract.file.tooLong", name, MAX_BYTES));
        }
        for (Magic magic : BINARY) {
            if (startsWith(bytes, magic.bytes())) {
                throw unreadable(name, Localization.text("extract.file.binary", magic.format()), null);
            }
        }
        try {
            return switch (kind) {
                case HTML -> HtmlArticles.read(bytes);
                case MAIL -> MailArticles.read(bytes);
                case TEXT -> ofText(decode(bytes));
            };
        } catch (ArticleFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A parser's own failure: "Cannot read x.eml: <its message>".
            throw unreadable(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** "Cannot read {file}: {cause}". */
    static ArticleFileException unreadable(String name, String cause, Throwable e) {
        return new ArticleFileException(Localization.text("extract.file.unreadable", name, cause), e);
    }

    /**
     * Text of unknown encoding: UTF-8 (a byte-order mark removed; UTF-16 when its mark says so),
     * else Windows-1252, which every byte decodes in and which covers ISO 8859-1.
     */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    /** True when the bytes are valid UTF-8 (after a byte-order mark, if any). */
    static boolean isUtf8(byte[] bytes) {
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static Charset windows1252() {
        return WINDOWS_1252;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
