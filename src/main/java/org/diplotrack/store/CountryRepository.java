package org.diplotrack.store;

import java.util.List;
import org.diplotrack.model.Country;

/** The countries a contact may name; contacts refer to them by key. */
public interface CountryRepository {
    List<Country> all();
}
