package org.diplotrack.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user types to find missions: every word must occur in the head of mission's name, the
 * title, the notes or either country's code or name (in English or in the language in use). Case and
 * accents do not count ("Kennan", "kennan"; "Lévesque", "Levesque"), and the text is only ever
 * compared, never run.
 */
public final class MissionSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final List<String> words;

    private MissionSearch(List<String> words) {
        this.words = words;
    }

    public static MissionSearch of(String query) {
        String folded = fold(query == null ? "" : query).trim();
        return new MissionSearch(folded.isEmpty() ? List.of() : Arrays.asList(folded.split("\\s+")));
    }

    /** True when nothing was typed: then nothing is searched. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    public boolean matches(Mission m) {
        if (words.isEmpty()) {
            return false;
        }
        String text = fold(String.join(" ", Text.nullToEmpty(m.head()), Text.nullToEmpty(m.title()),
                Text.nullToEmpty(m.notes()), names(m.sending()), names(m.receiving())));
        return words.stream().allMatch(text::contains);
    }

    private static String names(Country country) {
        return String.join(" ", country.alpha2(), Text.nullToEmpty(country.alpha3()), country.name(), country.label());
    }

    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
