package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theMessageCarriesEachCauseThatSaysSomethingNew() {
        Exception e = new IllegalStateException("cannot open the record",
                new UncheckedIOException(new IOException("disk full")));
        // UncheckedIOException's message is its cause's toString(): not said twice.
        assertThat(Failures.message(e)).isEqualTo("cannot open the record: disk full");
    }

    @Test
    void aWrapperWithoutWordsGivesWayToItsCause() {
        assertThat(Failures.message(new RuntimeException(new IOException("no such file: x.db"))))
                .isEqualTo("no such file: x.db");
        assertThat(Failures.message(new RuntimeException("Exception in Application start method",
                new IllegalAccessError("cannot access com.sun.javafx.event"))))
                .isEqualTo("Exception in Application start method: cannot access com.sun.javafx.event");
    }

    @Test
    void noWordsAtAllGiveTheKindOfFailure() {
        assertThat(Failures.message(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void theChainNamesEveryCauseOnceWithItsClass() {
        Exception e = new RuntimeException("start failed", new IOException("layout broken"));
        assertThat(Failures.describe(e)).isEqualTo("java.lang.RuntimeException: start failed"
                + System.lineSeparator() + "  caused by: java.io.IOException: layout broken");
    }

    @Test
    void aCycleInTheChainEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertThat(Failures.chain(b)).hasSize(2);
        assertThat(Failures.message(b)).isEqualTo("b: a");
    }
}
