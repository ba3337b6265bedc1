package org.diplotrack.extract;

/** A stretch of the text, from {@code start} (inclusive) to {@code end} (exclusive), in chars. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
