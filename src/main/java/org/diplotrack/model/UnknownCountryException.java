package org.diplotrack.model;

/** No ISO 3166-1 country matches the given code or name. */
public class UnknownCountryException extends IllegalArgumentException {
    public UnknownCountryException(String input) {
        super("unknown country '" + input + "' (use an ISO 3166-1 alpha-2 or alpha-3 code or an English name)");
    }
}
