package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repeated texts of event rows kept once (the merging import's heap). */
class SharedStringsTest {
    @Test
    void anEqualTextComesBackAsTheCopySeenFirst() {
        String first = new String("Riyadh, Ar Riya?, Saudi Arabia");
        String again = new String("Riyadh, Ar Riya?, Saudi Arabia");
        assertThat(again).isNotSameAs(first);
        assertThat(SharedStrings.of(first)).isSameAs(first);
        assertThat(SharedStrings.of(again)).isSameAs(first);
        assertThat(SharedStrings.of(null)).isNull();
    }
}
