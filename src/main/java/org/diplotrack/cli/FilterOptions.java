package org.diplotrack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Doubts;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import picocli.CommandLine.Option;

/** The filters that {@code list}, {@code export} and {@code chart} share. */
final class FilterOptions {
    @Option(names = "--dyad", paramLabel = "PAIR", descriptionKey = "cli.filter.dyad", converter = Converters.DyadConverter.class)
    private Dyad dyad;

    @Option(names = "--country", paramLabel = "COUNTRY", descriptionKey = "cli.filter.country", converter = Converters.CountryConverter.class)
    private org.diplotrack.model.Country country;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.filter.from", converter = Converters.DateConverter.class)
    private PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.filter.to", converter = Converters.DateConverter.class)
    private PartialDate to;

    @Option(names = "--level", split = ",", paramLabel = "LEVEL", descriptionKey = "cli.filter.level", converter = Converters.LevelConverter.class)
    private List<Level> levels = new ArrayList<>();

    @Option(names = "--status", split = ",", paramLabel = "STATUS", descriptionKey = "cli.filter.status", converter = Converters.StatusConverter.class)
    private List<Status> statuses = new ArrayList<>();

    @Option(names = "--with-predecessors", descriptionKey = "cli.filter.withPredecessors")
    private boolean withPredecessors;

    @Option(names = "--min-sources", paramLabel = "N", descriptionKey = "cli.filter.minSources")
    private int minSources;

    @Option(names = "--root-only", descriptionKey = "cli.filter.rootOnly")
    private boolean rootOnly;

    @Option(names = "--doubts", paramLabel = "without|only", descriptionKey = "cli.filter.doubts",
            converter = Converters.DoubtsConverter.class)
    private Doubts doubts = Doubts.ANY;

    ContactFilter filter() {
        return ContactFilter.ALL.withDyad(dyad).withCountry(country).withRange(from, to).withLevels(Set.copyOf(levels))
                .withStatuses(Set.copyOf(statuses)).withPredecessors(withPredecessors).withMinSources(minSources)
                .withRootOnly(rootOnly).withDoubts(doubts);
    }
}
