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
 * ASCII means a Windows-1252 file (what Excel saves as plain "CSV" on Western systems), read as
 * such from there on; the text before it was ASCII, the same in both. After UTF-8 beyond ASCII,
 * a bad byte is damage in a UTF-8 file and becomes U+FFFD, for the row's reader to report.
 */
final class Utf8OrWindows1252Reader extends Reader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private boolean beyondAscii;
    private boolean windows1252;
    private boolean end;

    Utf8OrWindows1252Reader(InputStream in) {
        this.in = in;
    }

    /** Whether the text turned out not to be UTF-8 and was read as Windows-1252. */
    boolean windows1252() {
        return windows1252;
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
            if (result.isMalformed() && !beyondAscii && !windows1252) {
                windows1252 = true;
                decoder = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
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
