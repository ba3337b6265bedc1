package org.diplotrack.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diplotrack.store.Database;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;

/**
 * The undo and redo stacks. Commands run on the {@link TaskRunner}; each is saved at once (one
 * transaction) and only then enters the history. The descriptions of what Undo and Redo would
 * do are properties, empty when there is nothing to undo or redo.
 */
public final class UndoHistory {
    private static final int LIMIT = 200;

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
        Database db = record.get();
        tasks.run(Messages.get("task.save", command.description()), () -> {
            command.apply(db);
            return command;
        }, done -> {
            undo.push(done);
            if (undo.size() > LIMIT) {
                followers.remove(undo.removeLast());
            }
            redo.forEach(followers::remove);
            redo.clear();
            followers.put(done, inRecord);
            changed(done);
            inRecord.accept(true);
        }, e -> onFailure.accept(command, e));
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

    /** Forgets everything, e.g. when another database is opened. */
    public void clear() {
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
