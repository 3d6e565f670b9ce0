package org.selfeval.ui.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.Figures;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.GridColumn;
import org.selfeval.ui.vm.GridColumns;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.selfeval.ui.vm.ProblemsViewModel;
import org.selfeval.ui.vm.TextBudget;

/**
 * The one grid of the indicator tables: a {@link TableView} whose columns come from {@link GridColumns}, and which
 * owns what makes it a spreadsheet: the keys, the input method, scrolling to the selected cell, committing what
 * was typed, copy and paste. Every cell's commit goes through {@link #commit}.
 */
public final class IndicatorGrid extends TableView<IndicatorRow> {

    private final IndicatorTableViewModel vm;
    private final FormViewModel form;
    private final FormLook look;
    private final Consumer<String> status;
    private final RowPositions positions;
    private final TextBudget budget;
    private final Map<TableColumn<IndicatorRow, ?>, GridColumn> columns = new LinkedHashMap<>();
    private final ShownRows shown = new ShownRows(this);
    private final TableCursor cursor;
    private final TableClipboard clipboard;
    private final TableInputMethod inputMethod;
    /** The cell being typed into, {@code null} if none. */
    private EditingCell editor;
    private Location draftAt;

    IndicatorGrid(IndicatorTableViewModel vm, FormViewModel form, FormLook look, Consumer<String> status) {
        this.vm = vm;
        this.form = form;
        this.look = look;
        this.status = status;
        this.positions = new RowPositions(form.form().indicators());
        this.budget = new TextBudget(FormFiles.MAX_STRING_LENGTH, form.messages());
        getStyleClass().add("indicator-table");
        setEditable(true);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(form.messages().get("editor.table.empty")));
        for (GridColumn column : vm.columns()) {
            TableColumn<IndicatorRow, ?> made = GridCells.column(this, column);
            columns.put(made, column);
            getColumns().add(made);
        }
        setItems(vm.rows());
        setRowFactory(table -> shown.make());
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Rows of one height let the table skip measuring them; wrapped rows grow with their text.
        fixedCellSizeProperty().bind(Bindings.when(look.wrapProperty()).then(-1.0).otherwise(look.rowHeight()));
        List<TableColumn<IndicatorRow, ?>> wrapping = columns.entrySet().stream()
                .filter(e -> e.getValue().has(GridColumn.Role.WRAPS)).map(Map.Entry::getKey).toList();
        prefHeightProperty().bind(TableHeight.of(vm, look, wrapping,
                row -> wrapping.stream().map(c -> columns.get(c).shown(vm, row).getValue()).toList(),
                form.stack().revisionProperty()));
        minHeightProperty().bind(prefHeightProperty());
        maxHeightProperty().bind(prefHeightProperty());

        cursor = new TableCursor(this, columns.keySet().stream().filter(c -> columns.get(c).isEditable()).toList(),
                shown, look);
        clipboard = new TableClipboard(this, vm, cursor, status);
        inputMethod = TableInputMethod.install(this);
        FormScrolling.followFocusedRow(this);
        getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) c -> vm.select(selectedRows()));
        addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener((obs, was, is) -> {
            if (is && getSelectionModel().getSelectedCells().isEmpty() && !vm.rows().isEmpty()) {
                getSelectionModel().select(0, column(IndicatorColumn.NAME));
            }
        });
    }

    IndicatorTableViewModel viewModel() {
        return vm;
    }

    FormLook look() {
        return look;
    }

    Messages messages() {
        return form.messages();
    }

    // ---- the cells' part -------------------------------------------------------------------------------

    /** The definition of a column of this grid, {@code null} for one it does not have. */
    GridColumn definition(TableColumn<?, ?> column) {
        return columns.get(column);
    }

    /** The grid's column that shows a column of the form; for 一级指标 (the table itself), the first editable one. */
    TableColumn<IndicatorRow, ?> column(IndicatorColumn column) {
        GridColumn wanted = GridColumns.of(column).orElse(null);
        TableColumn<IndicatorRow, ?> first = null;
        for (Map.Entry<TableColumn<IndicatorRow, ?>, GridColumn> e : columns.entrySet()) {
            if (e.getValue() == wanted) {
                return e.getKey();
            }
            first = first == null && e.getValue().isEditable() ? e.getKey() : first;
        }
        return first;
    }

    TableColumn<IndicatorRow, ?> column(GridColumn column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    /** Commits typed text into a cell as one undoable step; the only way the grid's cells change the form. */
    void commit(IndicatorRow row, GridColumn column, String text) {
        vm.commit(row, column, text).ifPresentOrElse(status, () -> status.accept("")); // ends an old refusal
    }

    /** Called by a text cell as it starts editing, and {@link #closed} as it stops. */
    void opened(EditingCell cell) {
        editor = cell;
    }

    void closed(EditingCell cell) {
        if (editor == cell) {
            editor = null;
        }
        inputMethod.release(cell);
        endDraft();
    }

    /** Commits what is being typed into a cell, if anything is, and keeps the keyboard in the grid. */
    void commitTyping() {
        if (editor != null) {
            editor.commit();
            requestFocus();
        }
    }

    /** The text cell being edited, {@code null} if none. */
    EditingCell editor() {
        return editor;
    }

    /**
     * Starts editing the focused cell. A text cell then starts with {@code typed} instead of its value ({@code null}:
     * its value, the caret at its end) and takes the keyboard, unless {@code focus} is false (an input method is
     * composing a word into it, {@link TableInputMethod}).
     *
     * @return whether the focused cell is one that edits
     */
    @SuppressWarnings("unchecked")
    boolean startEditing(String typed, boolean focus) {
        TablePosition<IndicatorRow, ?> at = getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null || !at.getTableColumn().isEditable()) {
            return false;
        }
        cursor.keepInView(at.getRow()); // the table may have been scrolled away from it: a cell edits only in view
        edit(at.getRow(), (TableColumn<IndicatorRow, ?>) at.getTableColumn());
        if (editor != null) {
            editor.begin(typed, focus);
        }
        return true;
    }

    /** A cell's text being typed and not committed yet, for crash recovery. */
    void draft(IndicatorRow row, GridColumn column, String text) {
        locate(row, column).ifPresent(at -> {
            draftAt = at;
            form.draft(at, text);
        });
    }

    private void endDraft() {
        if (draftAt != null) {
            form.endDraft(draftAt);
            draftAt = null;
        }
    }

    /** Where a cell is, as the checks and the recovery record name it; empty for the table's own columns. */
    Optional<Location> locate(IndicatorRow row, GridColumn column) {
        return column.formColumn().map(c -> new Location.Cell(row.id(), indexInForm(row), c));
    }

    /** The row's position in the whole form, as the checks' locations and the row numbers count it. */
    int indexInForm(IndicatorRow row) {
        return positions.indexOf(row);
    }

    ProblemsViewModel problems() {
        return form.problems();
    }

    TextBudget budget() {
        return budget;
    }

    String manualHint(IndicatorRow row) {
        return form.messages().get("editor.score.manual", Figures.plain(row.getSuggestion().score()));
    }

    /** Moves the selected cell by rows or columns; false past the table's first or last cell. */
    boolean moveSelection(int rows, int by) {
        return cursor.move(rows, by);
    }

    /** Where the focused cell is on the screen, for an input method's window; empty if it is not shown. */
    Optional<Bounds> focusedCellOnScreen() {
        TablePosition<IndicatorRow, ?> at = getFocusModel().getFocusedCell();
        if (at == null || at.getTableColumn() == null) {
            return Optional.empty();
        }
        double x = 0;
        for (TableColumn<IndicatorRow, ?> c : getVisibleLeafColumns()) {
            if (c == at.getTableColumn()) {
                break;
            }
            x += c.getWidth();
        }
        double left = x;
        double width = at.getTableColumn().getWidth();
        return shown.showing(at.getRow()).map(row -> row.localToScreen(new BoundingBox(left, 0, width, row.getHeight())));
    }

    // ---- keys --------------------------------------------------------------------------------------------

    private void onTyped(KeyEvent e) {
        if (getEditingCell() != null || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.isEmpty() || ch.charAt(0) < ' ' || ch.charAt(0) == 0x7F) {
            return;
        }
        if (startEditing(ch, true)) {
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        if (getEditingCell() != null) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
            // Ctrl+Tab leaves the table from any cell, as it leaves a text area.
            requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
        } else if (e.getCode() == KeyCode.F2) {
            startEditing(null, true);
        } else if (e.getCode() == KeyCode.ENTER && !shortcut) {
            moveSelection(e.isShiftDown() ? -1 : 1, 0);
        } else if (e.getCode() == KeyCode.TAB) {
            if (!moveSelection(0, e.isShiftDown() ? -1 : 1)) {
                return; // from the last cell on (the first, going back), Tab moves on to the next control
            }
        } else if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
            cursor.toEdge(e.getCode() == KeyCode.END, shortcut);
        } else if (shortcut && e.getCode() == KeyCode.C) {
            clipboard.copyCells();
        } else if (shortcut && e.getCode() == KeyCode.V) {
            clipboard.paste();
        } else if (e.getCode() == KeyCode.DELETE && !shortcut) {
            clipboard.clearCells();
        } else {
            return;
        }
        e.consume();
    }

    // ---- what the table's commands use -----------------------------------------------------------------

    /** The rows that have a selected cell, in table order. */
    List<IndicatorRow> selectedRows() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (TablePosition<?, ?> p : getSelectionModel().getSelectedCells()) {
            if (p.getRow() >= 0 && p.getRow() < vm.rows().size()) {
                IndicatorRow row = vm.rows().get(p.getRow());
                if (!rows.contains(row)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    int focusedRow() {
        return cursor.focusedRow();
    }

    void copyRows() {
        clipboard.copyRows();
    }

    void paste() {
        clipboard.paste();
    }

    /** Selects a cell (a problem clicked in the panel, a row added) and gives the grid the keyboard. */
    void select(IndicatorRow row, IndicatorColumn column) {
        int index = vm.rows().indexOf(row);
        if (index >= 0) {
            cursor.select(index, column(column)); // scrolled to: a row added, moved or pasted beyond what shows
            requestFocus();
        }
    }

    /**
     * Scrolls the grid (if it is longer than it shows) so that the row is near its top, and says where the row is
     * then: its distance from the grid's top edge, header included, for the form to scroll to.
     */
    double revealRow(int index) {
        int rows = vm.rows().size();
        int top = Math.max(0, Math.min(index - 2, rows - TableHeight.ROWS_SHOWN)); // two rows of context above it
        if (rows > TableHeight.ROWS_SHOWN) {
            scrollTo(top); // puts that row at the top, where the table can scroll that far
        }
        return TableHeight.header(look).get() + (index - top) * look.rowHeight().get();
    }

    /** The row the grid shows at an index, if it shows it (the form scrolls to it). */
    Optional<javafx.scene.control.TableRow<IndicatorRow>> shownRow(int index) {
        return shown.showing(index);
    }
}
