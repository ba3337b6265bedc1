package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repeated texts of event rows kept once (the merging import's heap). */
class SharedStringsTest {
    @Test
    void anEqualTextComesBackAsTheCopySeenFirst() {
        // A text no other test's rows hold: the copies are shared across imports.
        String text = "Riyadh, Ar Riya?, Saudi Arabia " + java.util.UUID.randomUUID();
        String first = new String(text);
        String again = new String(text);
        assertThat(again).isNotSameAs(first);
        assertThat(SharedStrings.of(first)).isSameAs(first);
        assertThat(SharedStrings.of(again)).isSameAs(first);
        assertThat(SharedStrings.of(null)).isNull();
    }
}
