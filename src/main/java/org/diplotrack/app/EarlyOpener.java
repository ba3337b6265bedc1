package org.diplotrack.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.diplotrack.store.Database;

/**
 * Opens the start-up database while JavaFX is still starting (loading SQLite's native library
 * and checking the file take a few hundred milliseconds), then hands it to the first caller that
 * asks for that file; every other request opens normally.
 */
final class EarlyOpener implements Function<Path, Database> {
    private final Function<Path, Database> opener;
    private Path earlyFile;
    private CompletableFuture<Database> early;

    EarlyOpener(Function<Path, Database> opener) {
        this.opener = opener;
    }

    /** Starts opening {@code file} in the background. */
    synchronized void start(Path file) {
        earlyFile = file;
        early = CompletableFuture.supplyAsync(() -> opener.apply(file));
    }

    @Override
    public Database apply(Path file) {
        CompletableFuture<Database> pending;
        synchronized (this) {
            pending = file.equals(earlyFile) ? early : null;
            earlyFile = null;
            early = null;
        }
        if (pending == null) {
            return opener.apply(file);
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
