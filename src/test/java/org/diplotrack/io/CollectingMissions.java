package org.diplotrack.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.diplotrack.model.ImportCounts;
import org.diplotrack.model.Mission;

/** A stand-in for the store in io tests: keeps every mission it is given and reports them all as added. */
final class CollectingMissions implements Function<Iterator<Mission>, ImportCounts> {
    final List<Mission> missions = new ArrayList<>();

    @Override
    public ImportCounts apply(Iterator<Mission> it) {
        it.forEachRemaining(missions::add);
        return new ImportCounts(missions.size(), 0);
    }
}
