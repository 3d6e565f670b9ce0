package org.selfeval.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final CommandStack stack = new CommandStack();
    private final StringProperty name = new SimpleStringProperty("");

    @Test
    void undoAndRedoRestoreValues() {
        stack.execute(new SetValue<>(name, "a", "set a"));
        stack.execute(new SetValue<>(name, "b", "set b"));
        assertEquals("set b", stack.undoDescriptionProperty().get());
        stack.undo();
        assertEquals("a", name.get());
        assertEquals("set b", stack.redoDescriptionProperty().get());
        stack.undo();
        assertEquals("", name.get());
        assertFalse(stack.canUndoProperty().get());
        stack.redo();
        stack.redo();
        assertEquals("b", name.get());
        assertFalse(stack.canRedoProperty().get());
    }

    @Test
    void aPositionMarkedSavedLaterIsTheSavedStateEvenAfterMoreEdits() {
        stack.execute(new SetValue<>(name, "a", "a"));
        Object written = stack.position(); // a background save of "a" begins
        stack.execute(new SetValue<>(name, "b", "b"));
        stack.markSaved(written); // … and ends
        assertTrue(stack.isDirty(), "b is not in the file");
        stack.undo();
        assertFalse(stack.isDirty(), "a is");

        Object again = stack.position();
        stack.undo();
        stack.execute(new SetValue<>(name, "c", "c")); // "a" leaves the history for good
        stack.markSaved(again);
        assertTrue(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state can no longer be reached");
    }

    @Test
    void dirtyFollowsTheSavedPositionThroughUndoAndRedo() {
        assertFalse(stack.isDirty(), "a fresh stack is clean");
        stack.execute(new SetValue<>(name, "a", "a"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(new SetValue<>(name, "b", "b"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "undoing back to the saved state clears the mark");
        stack.undo();
        assertTrue(stack.isDirty(), "before the saved state is unsaved too");
        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void undoingToTheStartOfANeverSavedFormIsClean() {
        stack.execute(new SetValue<>(name, "a", "a"));
        stack.undo();
        assertFalse(stack.isDirty());
    }

    @Test
    void aSavedStateDroppedFromTheRedoHistoryStaysUnreachable() {
        stack.execute(new SetValue<>(name, "a", "a"));
        stack.markSaved();
        stack.undo();
        stack.execute(new SetValue<>(name, "c", "c"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the empty form was not the saved one");
    }

    @Test
    void newCommandDropsRedoHistory() {
        stack.execute(new SetValue<>(name, "a", "a"));
        stack.undo();
        stack.execute(new SetValue<>(name, "b", "b"));
        assertFalse(stack.canRedoProperty().get());
        stack.redo();
        assertEquals("b", name.get());
    }

    @Test
    void capacityForgetsTheOldestSteps() {
        CommandStack small = new CommandStack(2);
        small.execute(new SetValue<>(name, "1", "1"));
        small.execute(new SetValue<>(name, "2", "2"));
        small.execute(new SetValue<>(name, "3", "3"));
        small.undo();
        small.undo();
        small.undo();
        assertEquals("1", name.get());
    }

    @Test
    void revisionCountsEveryChange() {
        int start = stack.revisionProperty().get();
        stack.execute(new SetValue<>(name, "a", "a"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertEquals(start + 4, stack.revisionProperty().get());
    }

    @Test
    void aCommandMayNotRunAnotherThroughTheStack() {
        Command nested = new Command() {
            @Override
            public void execute() {
                stack.execute(new SetValue<>(name, "x", "x"));
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "nested";
            }
        };
        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
    }

    @Test
    void compositeUndoesInReverseOrder() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c");
        List<Command> parts = new ArrayList<>();
        parts.add(ListCommands.insert(list, 3, List.of("d"), ""));
        parts.add(ListCommands.move(list, 3, 0, ""));
        stack.execute(new CompositeCommand("both", parts));
        assertEquals(List.of("d", "a", "b", "c"), list);
        stack.undo();
        assertEquals(List.of("a", "b", "c"), list);
        stack.redo();
        assertEquals(List.of("d", "a", "b", "c"), list);
    }

    @Test
    void removePutsItemsBackWhereTheyWere() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c", "d");
        stack.execute(ListCommands.remove(list, List.of("d", "b"), "remove"));
        assertEquals(List.of("a", "c"), list);
        stack.undo();
        assertEquals(List.of("a", "b", "c", "d"), list);
    }

    @Test
    void moveDownAndUp() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c");
        stack.execute(ListCommands.move(list, 0, 1, "down"));
        assertEquals(List.of("b", "a", "c"), list);
        stack.execute(ListCommands.move(list, 2, 1, "up"));
        assertEquals(List.of("b", "c", "a"), list);
        stack.undo();
        stack.undo();
        assertEquals(List.of("a", "b", "c"), list);
    }

    @Test
    void setValueKnowsWhenItChangesNothing() {
        name.set("same");
        assertTrue(new SetValue<>(name, "same", "").isNoOp());
        assertFalse(new SetValue<>(name, "other", "").isNoOp());
    }
}
