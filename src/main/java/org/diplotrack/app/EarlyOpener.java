package org.diplotrack.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.ui.MainViewModel;

/**
 * Opens the start-up record while JavaFX is still starting (loading SQLite's native library
 * and checking the file take a few hundred milliseconds), then hands it to the first caller that
 * asks for that file; every other request opens normally.
 */
final class EarlyOpener implements MainViewModel.Opener {
    private final Function<RecordLocation, Database> opener;
    private RecordLocation earlyRecord;
    private CompletableFuture<Database> early;

    EarlyOpener(Function<RecordLocation, Database> opener) {
        this.opener = opener;
    }

    /** Starts opening {@code where} in the background. */
    synchronized void start(RecordLocation where) {
        earlyRecord = where;
        early = CompletableFuture.supplyAsync(() -> opener.apply(where));
    }

    @Override
    public Database open(Path file) {
        return open(RecordLocation.of(file));
    }

    @Override
    public Database open(RecordLocation where) {
        CompletableFuture<Database> pending;
        synchronized (this) {
            pending = where.equals(earlyRecord) ? early : null;
            earlyRecord = null;
            early = null;
        }
        if (pending == null) {
            return opener.apply(where);
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
