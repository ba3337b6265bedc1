package org.diplotrack.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The escaping inside native CSV cells that hold several items: items are separated by "; ",
 * a source's fields by " | ", and a backslash escapes {@code \ ; | ( )} inside an item, so
 * splitting is exact whatever the text holds.
 */
final class CsvCells {
    static final String ITEMS = "; ";
    static final String FIELDS = " | ";
    private static final String SPECIAL = "\\;|()";

    private CsvCells() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Splits at each unescaped {@code separator} character that is part of {@code token}
     * ("; " or " | "); the parts stay escaped. An empty cell has no parts.
     */
    static List<String> split(String cell, String token) {
        List<String> parts = new ArrayList<>();
        if (cell.isEmpty()) {
            return parts;
        }
        int start = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\') {
                i++;
            } else if (cell.startsWith(token, i)) {
                parts.add(cell.substring(start, i));
                i += token.length() - 1;
                start = i + 1;
            }
        }
        parts.add(cell.substring(start));
        return parts;
    }

    /** The index of the first unescaped {@code c} in {@code text}, or -1. */
    static int indexOfUnescaped(String text, char c) {
        for (int i = 0; i < text.length(); i++) {
            char x = text.charAt(i);
            if (x == '\\') {
                i++;
            } else if (x == c) {
                return i;
            }
        }
        return -1;
    }
}
