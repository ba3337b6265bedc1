package org.diplotrack.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of the texts that event rows repeat (actor names, places, news sites, summaries):
 * a merging import holds its contacts until their day is complete, and these copies were a
 * quarter of its heap. Bounded: past {@link #MOST} texts it starts again, so odd files cannot
 * fill the heap with it.
 */
final class SharedStrings {
    private static final int MOST = 50_000;
    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    private SharedStrings() {
    }

    /** The copy of {@code text} seen before, else {@code text} itself (null stays null). */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        String known = SEEN.putIfAbsent(text, text);
        if (known != null) {
            return known;
        }
        if (SEEN.size() > MOST) {
            SEEN.clear();
        }
        return text;
    }
}
