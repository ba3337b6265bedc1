package org.diplotrack.model;

import java.time.LocalDate;

/** How many contacts a pair has on record and the span of time they cover. */
public record DyadActivity(Dyad dyad, int contacts, LocalDate first, LocalDate last) {
}
