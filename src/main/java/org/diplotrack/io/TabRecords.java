package org.diplotrack.io;

import java.io.IOException;
import java.io.Reader;
import org.diplotrack.model.l10n.Localization;

/**
 * Reads tab-separated records fast, one at a time, reusing one {@link Record}. A field that
 * starts with a double quote is quoted (it may hold tabs and line breaks; {@code ""} is a quote),
 * as spreadsheets write them; other fields are taken as they are, as GDELT and ICEWS write them.
 * CRLF and LF both end a record; a UTF-8 byte-order mark at the start is dropped.
 */
final class TabRecords {
    private long blankLines;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private long line = 1;
    private boolean started;
    private final Record record = new Record();

    TabRecords(Reader in) {
        this.in = in;
    }

    /** One record: its fields, the line it starts on, and whether its last quote was left open. */
    static final class Record {
        private char[] chars = new char[1024];
        private int size;
        private int[] ends = new int[64];
        private int fields;
        private long line;
        private boolean unterminatedQuote;

        void clear(long startLine) {
            size = 0;
            fields = 0;
            line = startLine;
            unterminatedQuote = false;
        }

        void append(char c) {
            if (size == chars.length) {
                chars = java.util.Arrays.copyOf(chars, size * 2);
            }
            chars[size++] = c;
        }

        void endField() {
            if (fields == ends.length) {
                ends = java.util.Arrays.copyOf(ends, fields * 2);
            }
            ends[fields++] = size;
        }

        int size() {
            return fields;
        }

        long line() {
            return line;
        }

        private int start(int i) {
            return i == 0 ? 0 : ends[i - 1];
        }

        String get(int i) {
            return new String(chars, start(i), ends[i] - start(i));
        }

        int length(int i) {
            return ends[i] - start(i);
        }

        /** The number of fields, leaving out empty ones beyond {@code expected} (some tools pad rows with tabs). */
        int sizeWithin(int expected) {
            int n = fields;
            while (n > expected && isEmpty(n - 1)) {
                n--;
            }
            return n;
        }

        /** Why the record cannot be read as text (a quote left open, bytes that are not UTF-8), or null. */
        String damage() {
            if (unterminatedQuote) {
                return Localization.text("import.error.openQuote");
            }
            return hasReplacementChar() ? Localization.text("import.error.notUtf8") : null;
        }

        /** True when field {@code i} is empty: cheaper than {@code get(i).isEmpty()}. */
        boolean isEmpty(int i) {
            return length(i) == 0;
        }

        /** True when the record holds U+FFFD, which the decoder puts where the bytes were not UTF-8. */
        private boolean hasReplacementChar() {
            for (int i = 0; i < size; i++) {
                if (chars[i] == '\uFFFD') {
                    return true;
                }
            }
            return false;
        }

        /** True when this is an empty line (one empty field). */
        boolean isBlank() {
            return fields == 1 && size == 0;
        }

        /** The first {@code n} characters of field {@code i}, or null when it is shorter. */
        String prefix(int i, int n) {
            return length(i) < n ? null : new String(chars, start(i), n);
        }
    }

    /** The next record that is not blank (the blank lines skipped are counted); null at the end. */
    Record nextNonBlank() throws IOException {
        Record r = next();
        while (r != null && r.isBlank()) {
            blankLines++;
            r = next();
        }
        return r;
    }

    /** How many blank lines {@link #nextNonBlank()} has skipped. */
    long blankLines() {
        return blankLines;
    }

    /** The next record, or null at the end of the input. The record is reused by the next call. */
    Record next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        if (!started && c == '\uFEFF') {
            c = read();
            if (c < 0) {
                return null;
            }
        }
        started = true;
        record.clear(line);
        boolean fieldStart = true;
        while (true) {
            if (c < 0) {
                record.endField();
                return record;
            }
            if (fieldStart && c == '"') {
                readQuoted();
                fieldStart = false;
                c = read();
                continue;
            }
            fieldStart = false;
            if (c == '\t') {
                record.endField();
                fieldStart = true;
            } else if (c == '\n') {
                line++;
                record.endField();
                return record;
            } else if (c == '\r' && peek() == '\n') {
                read();
                line++;
                record.endField();
                return record;
            } else {
                record.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field's content after its opening quote, up to and including the closing one. */
    private void readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                record.unterminatedQuote = true;
                return;
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    record.append('"');
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                record.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
