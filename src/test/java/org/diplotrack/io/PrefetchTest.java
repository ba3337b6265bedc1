package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void handsOverEverythingInOrder() {
        List<Integer> out = new ArrayList<>();
        try (Prefetch<Integer> p = new Prefetch<>(IntStream.range(0, 10_000).iterator(), 256, "test")) {
            p.forEachRemaining(out::add);
        }
        assertThat(out).hasSize(10_000).isSorted();
    }

    @Test
    void whatTheSourceThrowsComesAfterWhatItGaveBefore() {
        Iterator<Integer> failing = IntStream.range(0, 1000).mapToObj(i -> {
            if (i == 700) {
                throw new ImportException("f", 701, null, "bad");
            }
            return i;
        }).iterator();
        List<Integer> out = new ArrayList<>();
        try (Prefetch<Integer> p = new Prefetch<>(failing, 100, "test")) {
            assertThatThrownBy(() -> p.forEachRemaining(out::add)).isInstanceOf(ImportException.class);
        }
        assertThat(out).hasSize(700);
    }

    @Test
    void aConsumerThatStopsEarlyStopsTheReader() {
        AtomicInteger read = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            public boolean hasNext() {
                return true;
            }

            public Integer next() {
                return read.incrementAndGet();
            }
        };
        try (Prefetch<Integer> p = new Prefetch<>(endless, 10, "test")) {
            assertThat(p.next()).isEqualTo(1);
        }
        int after = read.get();
        assertThat(after).isLessThan(10 * 20);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test") && t.isAlive());
    }
}
