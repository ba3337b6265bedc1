package org.diplotrack.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result (or the failure) back on it. Tests use
 * {@link #sameThread()} so that they see results at once.
 */
public interface TaskRunner {

    <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
