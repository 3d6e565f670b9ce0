package org.selfeval.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo history of one form. The form is unsaved ("dirty") when the command on top of the undo
 * stack is not the one that was on top when it was last saved, so undoing back to the saved state clears
 * the mark. Needs no FX thread.
 */
public final class CommandStack {

    /** Stands for "nothing done yet" as the saved position, so that a fresh form is clean. */
    private static final Object EMPTY = new Object();
    /** A saved position that can no longer be reached (it was on the redo stack when a new edit came). */
    private static final Object UNREACHABLE = new Object();

    private final int capacity;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private Object saved = EMPTY;
    private boolean running;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    public CommandStack() {
        this(500);
    }

    /** A stack that forgets the oldest steps beyond {@code capacity}. */
    public CommandStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /** Executes a command and makes it the next one to undo; the redo history is dropped. */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        guard(command::execute);
        if (redo.stream().anyMatch(c -> c == saved)) {
            saved = UNREACHABLE;
        }
        redo.clear();
        undo.push(command);
        if (undo.size() > capacity) {
            Command dropped = undo.removeLast();
            if (dropped == saved) {
                saved = UNREACHABLE;
            }
        }
        changed();
    }

    /** Undoes the last command, if any. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command command = undo.peek();
        guard(command::undo);
        redo.push(undo.pop());
        changed();
    }

    /** Redoes the last undone command, if any. */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command command = redo.peek();
        guard(command::execute);
        undo.push(redo.pop());
        changed();
    }

    /** Records the present state as the saved one. */
    public void markSaved() {
        markSaved(position());
    }

    /** The present state, to be marked saved later ({@link #markSaved(Object)}) once a file of it is written. */
    public Object position() {
        return undo.isEmpty() ? EMPTY : undo.peek();
    }

    /**
     * Records an earlier state (from {@link #position()}) as the saved one: a file of it was written while the
     * officer went on editing, so the form is unsaved unless its edits since have been undone.
     */
    public void markSaved(Object position) {
        Objects.requireNonNull(position, "position");
        // A position dropped from the redo history meanwhile is never reached again: the form stays unsaved.
        saved = position == EMPTY || undo.contains(position) || redo.contains(position) ? position : UNREACHABLE;
        changed();
    }

    /**
     * Marks the form as differing from any saved file, whatever is undone: a form imported from a workbook or
     * restored after a crash was never saved as it stands.
     */
    public void markUnsaved() {
        saved = UNREACHABLE;
        changed();
    }

    private void guard(Runnable action) {
        if (running) {
            // A command that runs another through the stack would corrupt the history.
            throw new IllegalStateException("a command may not be executed while another one runs");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        Object current = undo.isEmpty() ? EMPTY : undo.peek();
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
        dirty.set(current != saved);
        revision.set(revision.get() + 1);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether the form differs from its saved state. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Goes up by one on every execute, undo, redo and save: the moment to re-run the checks. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
