package org.diplotrack.model;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change of a contact: its place in the record's order of changes, when, who
 * (the database user, or the OS user for a file), what, and the fields before and after.
 */
public record Change(long seq, Instant at, String who, ChangeKind kind, long contactId, List<FieldChange> fields) {
    public Change {
        fields = List.copyOf(fields);
    }
}
