package org.diplotrack.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ImportCounts;

/** A stand-in for the store in io tests: keeps every contact it is given and reports them all as added. */
final class CollectingStore implements Function<Iterator<Contact>, ImportCounts> {
    final List<Contact> contacts = new ArrayList<>();

    @Override
    public ImportCounts apply(Iterator<Contact> it) {
        it.forEachRemaining(contacts::add);
        return new ImportCounts(contacts.size(), 0);
    }
}
