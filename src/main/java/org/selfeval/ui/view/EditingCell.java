package org.selfeval.ui.view;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.selfeval.check.Location;
import org.selfeval.check.Severity;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.GridColumn;
import org.selfeval.ui.vm.ProblemsViewModel;

/**
 * A spreadsheet-like text cell of an indicator grid: typing, F2 or a double click starts editing (the grid says
 * how, {@link IndicatorGrid#startEditing}), Enter and Tab commit and move on, Escape cancels, and leaving the cell
 * commits. What the cell shows always comes from the model. Near the text limit the editor counts down the
 * characters left beside the text.
 */
final class EditingCell extends TableCell<IndicatorRow, String> {

    private final IndicatorGrid owner;
    private final GridColumn column;
    private final ChangeListener<Number> onProblems = (obs, before, after) -> decorate();
    private TextField field;
    /** What the tooltip says, {@code null} for none; the Tooltip itself is made when the mouse comes. */
    private String tip;

    EditingCell(IndicatorGrid owner, GridColumn column) {
        this.owner = owner;
        this.column = column;
        getStyleClass().add("indicator-cell");
        owner.problems().revisionProperty().addListener(new WeakChangeListener<>(onProblems));
        // A Tooltip is a popup control, costly to make; thousands of cells would make thousands on every check.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showTip());
        // JavaFX starts editing when the selected cell is clicked again, with the caret after the old text: the
        // next keys then add to it (2, then 5, gives 25). As in a spreadsheet, a click only selects, typing
        // replaces, and a double click or F2 edits in place (the grid starts that, so that the editor gets the keys).
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() <= 2 && !e.isShortcutDown()
                    && !e.isShiftDown() && !isEditing() && isSelected()
                    && owner.getSelectionModel().getSelectedCells().size() == 1) {
                e.consume();
                if (e.getClickCount() == 2) {
                    owner.startEditing(null, true);
                }
            }
        });
    }

    private void showTip() {
        if (tip == null) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            setTooltip(new Tooltip(tip));
        } else {
            getTooltip().setText(tip);
        }
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem());
        Label left = TextLimit.install(field, owner.budget());
        IndicatorRow editedRow = getTableRow() == null ? null : getTableRow().getItem();
        TextField typedInto = field;
        field.textProperty().addListener((obs, before, after) -> {
            if (editedRow != null && field == typedInto) {
                owner.draft(editedRow, column, after); // kept for recovery until it is committed
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                finish(true, 0, 0);
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        setText(null);
        setGraphic(new HBox(4, field, left));
        // Its skin now, not at the next pulse: until then the field has no behaviour, and keys typed in the same
        // burst as the first one (a fast typist, an input method committing a word) would be lost.
        field.applyCss();
        owner.opened(this);
    }

    /**
     * How the editing goes on, as the grid started it: with {@code typed} in place of the value ({@code null}: the
     * value, to be changed in place), and with the keyboard, or without it while an input method composes a word.
     */
    void begin(String typed, boolean focus) {
        if (field == null) {
            return;
        }
        if (typed != null) {
            field.setText(typed);
        }
        if (focus) {
            field.requestFocus();
            field.end();
        }
    }

    /** Ends editing and commits what was typed (a command given while the cell edits). */
    void commit() {
        finish(true, 0, 0);
    }

    /**
     * Shows what an input method is composing, or puts in the word it committed, while the table keeps the focus
     * ({@link TableInputMethod}). A committed word gives the field the focus; a word cancelled ends editing.
     */
    void compose(InputMethodEvent event, boolean committed, boolean cancelled) {
        if (field == null) {
            return;
        }
        Event.fireEvent(field, event.copyFor(field, field));
        if (cancelled) {
            finish(false, 0, 0);
        } else if (committed) {
            field.requestFocus();
            field.end();
        }
    }

    /** Where the word being composed stands on the screen, for the input method's window; {@code null} if unknown. */
    Point2D compositionLocation(int offset) {
        InputMethodRequests requests = field == null ? null : field.getInputMethodRequests();
        return requests == null ? null : requests.getTextLocation(offset);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            finish(true, 1, 0);
            e.consume();
        } else if (e.getCode() == KeyCode.TAB) {
            finish(true, 0, e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            finish(false, 0, 0);
            e.consume();
        }
    }

    /**
     * Ends editing: commits (or not), then moves the selection by rows / columns. Once: the editor is gone before
     * anything that could end it again (the commit, the focus moving) happens.
     */
    private void finish(boolean commit, int rows, int columns) {
        if (field == null) {
            return;
        }
        TextField editor = field;
        IndicatorRow row = getTableRow() == null ? null : getTableRow().getItem();
        field = null;
        owner.closed(this);
        if (commit && row != null) {
            owner.commit(row, column, editor.getText());
        }
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
        if (rows != 0 || columns != 0) {
            owner.moveSelection(rows, columns);
        }
        if (rows != 0 || columns != 0 || !commit) {
            owner.requestFocus();
        }
    }

    @Override
    public void cancelEdit() {
        if (field != null) {
            // The table ends editing this way when the officer clicks another cell: keep what was typed.
            finish(true, 0, 0);
        } else {
            super.cancelEdit();
        }
    }

    /**
     * A row asks its cells for their height without a width, and a label then measures its text on one line; a
     * wrapping cell answers for its column's width, so that its row grows with the text.
     */
    @Override
    protected double computePrefHeight(double width) {
        boolean wrapping = width < 0 && isWrapText() && getTableColumn() != null && field == null;
        return super.computePrefHeight(wrapping ? getTableColumn().getWidth() : width);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (field == null) {
            setText(item);
            setGraphic(null);
        }
        decorate();
    }

    private void decorate() {
        getStyleClass().removeAll(Fields.ERROR_CLASS, Fields.WARNING_CLASS, "manual-score");
        IndicatorRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || isEmpty()) {
            setTip(null);
            return;
        }
        StringBuilder lines = new StringBuilder();
        if (column.has(GridColumn.Role.OVERRIDES_SUGGESTION) && row.isManual()) {
            getStyleClass().add("manual-score");
            lines.append(owner.manualHint(row));
        }
        ProblemsViewModel problems = owner.problems();
        Location location = owner.locate(row, column).orElse(null);
        (location == null ? Optional.<String>empty() : problems.messageAt(location)).ifPresent(message -> {
            Severity severity = problems.severityAt(location).orElse(Severity.WARNING);
            getStyleClass().add(severity == Severity.ERROR ? Fields.ERROR_CLASS : Fields.WARNING_CLASS);
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(message);
        });
        if (lines.length() == 0 && getItem() != null && getItem().length() > 12) {
            lines.append(getItem()); // long text is cut in the cell: show it whole on hover
        }
        setTip(lines.length() == 0 ? null : lines.toString());
    }

    private void setTip(String text) {
        tip = text;
        if (getTooltip() != null) {
            showTip(); // the mouse has been here: keep the installed tooltip current
        }
    }
}
