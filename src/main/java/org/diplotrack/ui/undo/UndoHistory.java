package org.diplotrack.ui.undo;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.application.Platform;
import org.diplotrack.model.Failures;
import org.diplotrack.store.ConnectionLostException;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * The undo and redo stacks. Commands run on the {@link TaskRunner}; each is saved at once (one
 * transaction) and only then enters the history. The descriptions of what Undo and Redo would
 * do are properties, empty when there is nothing to undo or redo. A command that could not
 * reach the server is kept, said so in {@link #unsavedProperty}, and applied again every
 * {@value #RETRY_SECONDS} seconds until it is saved (issue 14).
 */
public final class UndoHistory {
    private static final int LIMIT = 200;
    static final int RETRY_SECONDS = 5;

    private final TaskRunner tasks;
    private final Supplier<Database> record;
    private final Consumer<RecordCommand> onChange;
    private final BiConsumer<RecordCommand, Throwable> onFailure;
    private final Deque<RecordCommand> undo = new ArrayDeque<>();
    private final Deque<RecordCommand> redo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    /** Those told when their command is undone or redone, while it is in the history. */
    private final Map<RecordCommand, Consumer<Boolean>> followers = new IdentityHashMap<>();
    /**
     * Changes the server did not get, in the order they were made: the first is tried again
     * every few seconds, the others wait behind it.
     */
    private final Deque<Change> waiting = new ArrayDeque<>();
    private final ReadOnlyStringWrapper unsavedText = new ReadOnlyStringWrapper("");
    private boolean retryQueued;

    /**
     * @param onChange  called on the FX thread after a command was applied, undone or redone
     * @param onFailure called on the FX thread when the database refused a command (applying,
     *                  undoing or redoing it), with the command and why
     */
    public UndoHistory(TaskRunner tasks, Supplier<Database> record, Consumer<RecordCommand> onChange,
                       BiConsumer<RecordCommand, Throwable> onFailure) {
        this.tasks = tasks;
        this.record = record;
        this.onChange = onChange;
        this.onFailure = onFailure;
    }

    public void perform(RecordCommand command) {
        perform(command, inRecord -> { });
    }

    /**
     * Applies the command. {@code inRecord} is told on the FX thread each time the change takes
     * effect (true: applied, then redone) or is taken back (false: undone); not when refused.
     */
    public void perform(RecordCommand command, Consumer<Boolean> inRecord) {
        Change change = new Change(command, inRecord, record.get());
        if (!waiting.isEmpty()) {
            // Behind those the server has not got yet, so that changes reach it in the order made.
            waiting.addLast(change);
            sayUnsaved();
            return;
        }
        save(change);
    }

    /** A change made: the record it is for, and whom to tell once it is saved. */
    private record Change(RecordCommand command, Consumer<Boolean> inRecord, Database db) {
    }

    private void save(Change change) {
        RecordCommand command = change.command();
        tasks.run(Messages.get("task.save", command.description()), () -> {
            command.apply(change.db());
            return command;
        }, done -> {
            boolean waited = waiting.peekFirst() == change;
            if (waited) {
                waiting.pollFirst();
            }
            undo.push(done);
            if (undo.size() > LIMIT) {
                followers.remove(undo.removeLast());
            }
            redo.forEach(followers::remove);
            redo.clear();
            followers.put(done, change.inRecord());
            changed(done);
            change.inRecord().accept(true);
            saveNextWaiting(waited);
        }, e -> {
            boolean waited = waiting.peekFirst() == change;
            if (Failures.find(e, ConnectionLostException.class).isPresent()) {
                if (!waited) {
                    waiting.addLast(change);
                }
                LoggerFactory.getLogger(UndoHistory.class).warn("Not saved, tried again in {} s: {}",
                        RETRY_SECONDS, command.description(), e);
                sayUnsaved();
                retryLater();
                return;
            }
            if (waited) {
                waiting.pollFirst();
            }
            onFailure.accept(command, e);
            saveNextWaiting(waited);
        });
    }

    /** After a waiting change was saved (or refused for another reason), the next one goes. */
    private void saveNextWaiting(boolean afterAWaitingOne) {
        if (waiting.isEmpty()) {
            unsavedText.set("");
        } else if (afterAWaitingOne) {
            sayUnsaved();
            save(waiting.peekFirst());
        }
    }

    private void sayUnsaved() {
        unsavedText.set(Messages.get("unsaved.status", waiting.size(), RETRY_SECONDS));
    }

    private void retryLater() {
        if (!retryQueued) {
            retryQueued = true;
            CompletableFuture.delayedExecutor(RETRY_SECONDS, TimeUnit.SECONDS)
                    .execute(() -> Platform.runLater(this::retry));
        }
    }

    /** Tries the first waiting change again; the others follow it once it is saved. */
    private void retry() {
        retryQueued = false;
        // Those of a record no longer open were given up when the user left it (and was asked).
        waiting.removeIf(c -> c.db() != record.get());
        if (waiting.isEmpty()) {
            unsavedText.set("");
        } else {
            save(waiting.peekFirst());
        }
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        RecordCommand command = undo.pop();
        Database db = record.get();
        tasks.run(Messages.get("task.undo", command.description()), () -> {
            command.revert(db);
            return command;
        }, done -> {
            redo.push(done);
            changed(done);
            followers.getOrDefault(done, inRecord -> { }).accept(false);
        }, e -> {
            undo.push(command);
            onFailure.accept(command, e);
        });
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        RecordCommand command = redo.pop();
        Database db = record.get();
        tasks.run(Messages.get("task.redo", command.description()), () -> {
            command.apply(db);
            return command;
        }, done -> {
            undo.push(done);
            changed(done);
            followers.getOrDefault(done, inRecord -> { }).accept(true);
        }, e -> {
            redo.push(command);
            onFailure.accept(command, e);
        });
    }

    /**
     * What has not reached the server yet and is being tried again; empty when everything
     * made was saved.
     */
    public ReadOnlyStringProperty unsavedProperty() {
        return unsavedText.getReadOnlyProperty();
    }

    /** How many changes wait for the server. */
    public int unsavedCount() {
        return waiting.size();
    }

    /** Forgets everything, e.g. when another database is opened. */
    public void clear() {
        waiting.clear();
        unsavedText.set("");
        undo.clear();
        redo.clear();
        followers.clear();
        changed(null);
    }

    private void changed(RecordCommand command) {
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
        if (command != null) {
            onChange.accept(command);
        }
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
