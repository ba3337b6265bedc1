package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/** No ISO 3166-1 country matches the given code or name. */
public class UnknownCountryException extends IllegalArgumentException {
    public UnknownCountryException(String input) {
        super(Localization.text("error.country.unknown", String.valueOf(input)));
    }
}
