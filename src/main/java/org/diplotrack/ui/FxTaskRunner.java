package org.diplotrack.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on one background thread, in order, so that reads and writes to the
 * single database connection never race; exposes, for the status bar, whether something is
 * running and the title of what runs now (the oldest unfinished, as they run in order).
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diplotrack-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The titles of the work not finished yet, in the order it runs. */
    private final Deque<Running> titles = new ArrayDeque<>();

    /** One piece of work not finished yet (told apart from others of the same title by identity). */
    private static final class Running {
        final String title;

        Running(String title) {
            this.title = title == null ? "" : title;
        }
    }

    @Override
    public <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        Running mine = new Running(title);
        titles.addLast(mine);
        showState();
        task.setOnSucceeded(e -> {
            finished(mine);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(mine);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    private void finished(Running done) {
        titles.removeIf(t -> t == done);
        showState();
    }

    private void showState() {
        busy.set(!titles.isEmpty());
        message.set(titles.isEmpty() ? "" : titles.peekFirst().title);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The title of the work running now; empty when none runs. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
