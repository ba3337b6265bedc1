package org.diplotrack.model;

/** A country by its ISO 3166-1 codes and English short name. */
public record Country(String alpha2, String alpha3, String name) implements Comparable<Country> {

    public Country {
        if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("'" + alpha2 + "' is not an ISO 3166-1 alpha-2 code");
        }
    }

    /** Looks a country up by alpha-2, alpha-3 or English name; see {@link Countries#lookup}. */
    public static Country of(String codeOrName) {
        return Countries.lookup(codeOrName);
    }

    /** The name in the language in use, as the window and the charts show it. */
    public String label() {
        return Countries.label(this);
    }

    @Override
    public int compareTo(Country other) {
        return alpha2.compareTo(other.alpha2);
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
