package org.diplotrack.io;

import org.diplotrack.model.Contact;

/**
 * What became of one input row: a contact, or a reason to skip it (with the field and a detail
 * for malformed rows).
 */
record RowResult(long line, Contact contact, SkipReason reason, String field, String detail) {

    static RowResult contact(long line, Contact contact) {
        return new RowResult(line, contact, null, null, null);
    }

    static RowResult skip(long line, SkipReason reason) {
        return new RowResult(line, null, reason, null, null);
    }

    static RowResult malformed(long line, String field, String detail) {
        return new RowResult(line, null, SkipReason.MALFORMED, field, detail);
    }
}
