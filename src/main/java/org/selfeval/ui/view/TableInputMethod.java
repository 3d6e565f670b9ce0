package org.selfeval.ui.view;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;

/**
 * Lets an input method (pinyin and the like) type into the selected cell of an indicator table, as plain keys do.
 * JavaFX turns the input method on only for a focus owner that answers {@link InputMethodRequests} and handles
 * its events, which a table does not: the first letter of a word would arrive as a plain key, start the cell with
 * a Latin letter, and only the rest would reach the input method. Here the table answers; the first composed
 * letter starts editing the cell, the word being composed shows in the cell's field, and the field takes the
 * focus only once the word is committed, so that the input method never loses the focus in the middle of a word.
 */
final class TableInputMethod implements InputMethodRequests {

    private final IndicatorGrid table;
    /** The cell the word being composed is shown in, while the table keeps the focus; {@code null} if none. */
    private EditingCell target;

    private TableInputMethod(IndicatorGrid table) {
        this.table = table;
    }

    /** Makes the grid an input method client. */
    static TableInputMethod install(IndicatorGrid table) {
        TableInputMethod method = new TableInputMethod(table);
        table.setInputMethodRequests(method);
        table.setOnInputMethodTextChanged(method::handle);
        return method;
    }

    /** Called by the grid as a cell stops editing, whatever the reason. */
    void release(EditingCell cell) {
        if (target == cell) {
            target = null;
        }
    }

    private void handle(InputMethodEvent event) {
        if (event.getTarget() != table) {
            return; // on its way up from the cell's field, which has handled it
        }
        event.consume();
        boolean committed = !event.getCommitted().isEmpty();
        boolean empty = !committed && event.getComposed().isEmpty();
        if (target == null) {
            if (empty || table.getEditingCell() != null) {
                return;
            }
            if (!table.startEditing("", false) || table.editor() == null) {
                return; // not a cell one types text into
            }
            target = table.editor(); // it waits for the word, and the table keeps the keyboard meanwhile
        }
        EditingCell cell = target;
        if (committed || empty) {
            target = null; // the word is done: the field takes over, or the officer cancelled the word
        }
        cell.compose(event, committed, empty);
    }

    @Override
    public Point2D getTextLocation(int offset) {
        if (target != null) {
            Point2D inField = target.compositionLocation(offset);
            if (inField != null) {
                return inField;
            }
        }
        Bounds bounds = table.focusedCellOnScreen()
                .orElseGet(() -> table.localToScreen(table.getLayoutBounds()));
        return bounds == null ? new Point2D(0, 0) : new Point2D(bounds.getMinX(), bounds.getMaxY());
    }

    @Override
    public int getLocationOffset(int x, int y) {
        return 0;
    }

    @Override
    public void cancelLatestCommittedText() {
        // Committed text is already in the cell's field, where the field's own undo takes it back.
    }

    @Override
    public String getSelectedText() {
        return "";
    }
}
