package org.diplotrack.model;

/**
 * What a store did with the rows of one import: how many contacts it added, how many rows it
 * already had, how many rows it stored (for dataset reports, several may make one contact,
 * decision 0025) and how many contacts on record took new reports.
 */
public record ImportCounts(long added, long alreadyPresent, long rows, long joined) {
    /** One row, one contact: native files and missions. */
    public ImportCounts(long added, long alreadyPresent) {
        this(added, alreadyPresent, added, 0);
    }
}
