package org.diplotrack.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an iterator on a thread of its own and hands its elements over in small batches, so
 * that reading and parsing a file overlaps with the store's writing (on two cores the import
 * then costs about the slower of the two, not their sum). At most {@value #QUEUED} batches wait,
 * so memory stays bounded. What the source throws is thrown again to the consumer, in order.
 */
final class Prefetch<T> implements Iterator<T>, AutoCloseable {
    private static final int QUEUED = 16;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile boolean stopped;
    private Iterator<T> batch = Collections.emptyIterator();
    private boolean ended;

    Prefetch(Iterator<T> source, int batchSize, String name) {
        thread = new Thread(() -> {
            try {
                List<T> items = new ArrayList<>(batchSize);
                while (!stopped && source.hasNext()) {
                    items.add(source.next());
                    if (items.size() == batchSize) {
                        put(items);
                        items = new ArrayList<>(batchSize);
                    }
                }
                put(items);
                put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                if (!stopped) {
                    try {
                        put(e);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands an item over, waiting while the consumer is busy; gives up once the consumer has. */
    private void put(Object item) throws InterruptedException {
        while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
            if (stopped) {
                throw new InterruptedException("the consumer stopped");
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!batch.hasNext() && !ended) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the import", e);
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof RuntimeException e) {
                ended = true;
                throw e;
            } else if (next instanceof Error e) {
                ended = true;
                throw e;
            } else if (next instanceof Throwable e) {
                ended = true;
                throw new IllegalStateException(e);
            } else {
                batch = ((List<T>) next).iterator();
            }
        }
        return batch.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    /** Stops the reading thread (when the consumer gives up early) and waits for it. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
