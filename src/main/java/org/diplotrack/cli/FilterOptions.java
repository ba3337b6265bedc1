package org.diplotrack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import picocli.CommandLine.Option;

/** The filters that {@code list}, {@code export} and {@code chart} share. */
final class FilterOptions {
    @Option(names = "--dyad", paramLabel = "PAIR", converter = Converters.DyadConverter.class,
            description = "Country pair, e.g. CA-RU (ISO alpha-2 or alpha-3 codes).")
    private Dyad dyad;

    @Option(names = "--country", paramLabel = "COUNTRY", converter = Converters.CountryConverter.class,
            description = "Only the pairs of this country (code or English name, e.g. RU or Russia).")
    private org.diplotrack.model.Country country;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "Contacts on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    private PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "Contacts on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    private PartialDate to;

    @Option(names = "--level", split = ",", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "Contact levels: head-of-state, head-of-government, minister, deputy-minister, "
                    + "ambassador, official, unknown.")
    private List<Level> levels = new ArrayList<>();

    @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = Converters.StatusConverter.class,
            description = "Statuses: held, scheduled, invited, proposed, declined, cancelled.")
    private List<Status> statuses = new ArrayList<>();

    ContactFilter filter() {
        return ContactFilter.ALL.withDyad(dyad).withCountry(country).withRange(from, to).withLevels(Set.copyOf(levels))
                .withStatuses(Set.copyOf(statuses));
    }
}
