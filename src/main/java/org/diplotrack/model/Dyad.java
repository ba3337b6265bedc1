package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/** An unordered pair of countries, kept with the lower alpha-2 code first (CA-RU, never RU-CA). */
public record Dyad(Country first, Country second) implements Comparable<Dyad> {

    public Dyad {
        if (first == null || second == null) {
            throw new IllegalArgumentException("a pair needs two countries");
        }
        if (first.equals(second)) {
            throw new IllegalArgumentException(Localization.text("error.pair.sameCountry", first.toString()));
        }
        if (first.compareTo(second) > 0) {
            Country swap = first;
            first = second;
            second = swap;
        }
    }

    public static Dyad of(Country a, Country b) {
        return new Dyad(a, b);
    }

    /** Parses {@code CA-RU}, {@code CAN-RUS}, {@code RU-CA} or {@code Canada,Russia}. */
    public static Dyad parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(text.contains(",") ? "," : "[-–]");
        if (parts.length != 2) {
            throw new IllegalArgumentException(Localization.text("error.pair.notAPair", String.valueOf(text)));
        }
        return new Dyad(Countries.lookup(parts[0]), Countries.lookup(parts[1]));
    }

    public boolean contains(Country country) {
        return first.equals(country) || second.equals(country);
    }

    /** {@code CA-RU} */
    public String code() {
        return first.alpha2() + "-" + second.alpha2();
    }

    /** {@code Canada–Russia} */
    public String label() {
        return first.label() + "–" + second.label();
    }

    @Override
    public int compareTo(Dyad other) {
        return code().compareTo(other.code());
    }

    @Override
    public String toString() {
        return code();
    }
}
