package org.diplotrack.io;

import org.diplotrack.model.Contact;
import org.diplotrack.model.Mission;

/**
 * What became of one input row: a contact, a mission, or a reason to skip it (with the field and
 * a detail for malformed rows).
 */
record RowResult(long line, Contact contact, Mission mission, SkipReason reason, String field, String detail) {

    static RowResult contact(long line, Contact contact) {
        return new RowResult(line, contact, null, null, null, null);
    }

    static RowResult mission(long line, Mission mission) {
        return new RowResult(line, null, mission, null, null, null);
    }

    static RowResult skip(long line, SkipReason reason) {
        return new RowResult(line, null, null, reason, null, null);
    }

    static RowResult malformed(long line, String field, String detail) {
        return new RowResult(line, null, null, SkipReason.MALFORMED, field, detail);
    }
}
