package org.diplotrack.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text as UTF-8 unless it is not: a byte that is not UTF-8 before any character beyond
 * ASCII means a file in a Windows code page (what Excel saves as plain "CSV"), read as such
 * from there on; the text before it was ASCII, the same in all. Windows-1251 (Cyrillic) or
 * Windows-1252 (Western) is told from the bytes that follow: Cyrillic words are runs of bytes
 * from 0xC0 up, while Western accents stand alone between ASCII letters. After UTF-8 beyond
 * ASCII, a bad byte is damage in a UTF-8 file and becomes U+FFFD, for the row's reader to report.
 */
final class Utf8OrLegacyReader extends Reader {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private boolean beyondAscii;
    private Charset legacy;
    private boolean end;

    Utf8OrLegacyReader(InputStream in) {
        this.in = in;
    }

    /** The Windows code page the text was read in when it turned out not to be UTF-8; else null. */
    Charset legacy() {
        return legacy;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, end);
            for (int i = offset; i < out.position() && !beyondAscii; i++) {
                beyondAscii = buffer[i] >= 0x80;
            }
            if (result.isMalformed() && !beyondAscii && legacy == null) {
                legacy = codePageOf(bytes);
                decoder = legacy.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
            } else if (result.isMalformed()) {
                if (!out.hasRemaining()) {
                    break;
                }
                bytes.position(bytes.position() + result.length());
                out.put('\uFFFD');
            } else if (result.isUnderflow()) {
                if (end) {
                    break;
                }
                fill();
            }
        }
        int n = out.position() - offset;
        return n == 0 ? -1 : n;
    }

    /** Cyrillic when most bytes from 0xC0 up stand next to another such byte (letters of words). */
    static Charset codePageOf(ByteBuffer text) {
        int letters = 0;
        int inRuns = 0;
        for (int i = text.position(); i < text.limit(); i++) {
            if (cyrillicLetter(text, i)) {
                letters++;
                if (i > text.position() && cyrillicLetter(text, i - 1)
                        || i + 1 < text.limit() && cyrillicLetter(text, i + 1)) {
                    inRuns++;
                }
            }
        }
        return letters > 0 && inRuns * 2 > letters ? WINDOWS_1251 : WINDOWS_1252;
    }

    private static boolean cyrillicLetter(ByteBuffer text, int i) {
        return (text.get(i) & 0xFF) >= 0xC0;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            end = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
