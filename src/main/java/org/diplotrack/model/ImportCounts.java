package org.diplotrack.model;

/** What a store did with the contacts of one import: how many it added, how many it already had. */
public record ImportCounts(long added, long alreadyPresent) {
}
