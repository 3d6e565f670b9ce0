package org.selfeval.ui.view;

import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
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

    private final TableView<?> table;
    private final Predicate<String> startEditing;
    private boolean starting;
    /** The cell the word being composed is shown in, while the table keeps the focus; {@code null} if none. */
    private EditingCell target;

    private TableInputMethod(TableView<?> table, Predicate<String> startEditing) {
        this.table = table;
        this.startEditing = startEditing;
    }

    /**
     * Makes the table an input method client. {@code startEditing} starts editing the focused cell with the given
     * text, as a typed key would, and says whether it could.
     */
    static TableInputMethod install(TableView<?> table, Predicate<String> startEditing) {
        TableInputMethod method = new TableInputMethod(table, startEditing);
        table.setInputMethodRequests(method);
        table.setOnInputMethodTextChanged(method::handle);
        return method;
    }

    /** Called by a cell as it starts editing: whether the input method started it (the cell then waits for it). */
    boolean claim(EditingCell cell) {
        if (starting) {
            target = cell;
            return true;
        }
        return false;
    }

    /** Called by a cell as it stops editing, whatever the reason. */
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
            starting = true;
            try {
                startEditing.test("");
            } finally {
                starting = false;
            }
            if (target == null) {
                return; // not a cell one types text into
            }
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
        Node cell = selectedCell();
        Node anchor = cell != null ? cell : table;
        Bounds bounds = anchor.localToScreen(anchor.getLayoutBounds());
        return bounds == null ? new Point2D(0, 0) : new Point2D(bounds.getMinX(), bounds.getMaxY());
    }

    private Node selectedCell() {
        TablePosition<?, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getTableColumn() == null) {
            return null;
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableView() == table
                    && cell.getTableColumn() == at.getTableColumn() && cell.getIndex() == at.getRow()) {
                return cell;
            }
        }
        return null;
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
