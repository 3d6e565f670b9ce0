package org.selfeval.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.GridColumn;
import org.selfeval.ui.vm.GridColumns;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/**
 * Copy, paste and Delete of a grid's cells, as in Excel: Ctrl+C copies the selected cells as they show, Ctrl+V
 * pastes from the selected cell rightwards and down and keeps that cell selected. Which columns take part is the
 * columns' definitions' to say: those that show a column of the form.
 */
final class TableClipboard {

    private final IndicatorGrid grid;
    private final IndicatorTableViewModel vm;
    private final TableCursor cursor;
    private final Consumer<String> status;

    TableClipboard(IndicatorGrid grid, IndicatorTableViewModel vm, TableCursor cursor, Consumer<String> status) {
        this.grid = grid;
        this.vm = vm;
        this.cursor = cursor;
        this.status = status;
    }

    /** Copies whole rows (the row menu's 复制行). */
    void copyRows() {
        toClipboard(vm.copy(grid.selectedRows()));
    }

    /** Copies the selected cells as they show, as a spreadsheet does (Ctrl+C). */
    void copyCells() {
        List<GridColumn> columns = new ArrayList<>();
        for (TablePosition<?, ?> p : grid.getSelectionModel().getSelectedCells()) {
            GridColumn column = grid.definition(p.getTableColumn());
            if (column != null && column.formColumn().isPresent() && !columns.contains(column)) {
                columns.add(column);
            }
        }
        toClipboard(vm.copy(grid.selectedRows(), columns));
    }

    private static void toClipboard(String text) {
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /**
     * Pastes from the selected cell rightwards and down. The pasted cells are selected and the selected cell
     * keeps the keyboard, so that Tab or Enter moves on from it as after typing.
     */
    @SuppressWarnings("unchecked")
    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isEmpty()) {
            return;
        }
        TablePosition<IndicatorRow, ?> at = grid.getFocusModel().getFocusedCell();
        boolean cell = at != null && at.getRow() >= 0 && at.getTableColumn() != null;
        int row = cell ? at.getRow() : vm.rows().size();
        IndicatorTableViewModel.PasteResult result = vm.paste(row, cell ? pastedAtOrAfter(at.getTableColumn())
                : GridColumns.FORM_COLUMNS.get(0), text);
        status.accept(String.join(" ", result.refused())); // also ends an old refusal
        if (result.count() == 0) {
            return;
        }
        grid.getSelectionModel().clearSelection();
        grid.getSelectionModel().selectRange(result.first(), grid.column(result.firstColumn()),
                result.first() + result.count() - 1, grid.column(result.lastColumn()));
        if (cell) {
            grid.getFocusModel().focus(at.getRow(), (TableColumn<IndicatorRow, ?>) at.getTableColumn());
        } else {
            grid.getFocusModel().focus(result.first(), grid.column(result.firstColumn()));
        }
        cursor.keepInView(result.first());
    }

    /** The column a paste starts in: the selected one, or for one the form has not (序号, 建议, 档次) the next. */
    private GridColumn pastedAtOrAfter(TableColumn<?, ?> column) {
        List<TableColumn<IndicatorRow, ?>> all = grid.getVisibleLeafColumns();
        for (int i = Math.max(0, all.indexOf(column)); i < all.size(); i++) {
            GridColumn found = grid.definition(all.get(i));
            if (found != null && found.formColumn().isPresent()) {
                return found;
            }
        }
        return GridColumns.FORM_COLUMNS.get(GridColumns.FORM_COLUMNS.size() - 1);
    }

    /**
     * Delete: empties the selected cells one types text into (a choice such as 二级指标 cannot be empty), as one
     * undoable step.
     */
    void clearCells() {
        List<IndicatorTableViewModel.CellAt> cells = new ArrayList<>();
        for (TablePosition<?, ?> p : grid.getSelectionModel().getSelectedCells()) {
            GridColumn column = grid.definition(p.getTableColumn());
            if (p.getRow() >= 0 && column != null && column.editor() == GridColumn.Editor.TEXT) {
                cells.add(new IndicatorTableViewModel.CellAt(vm.rows().get(p.getRow()), column));
            }
        }
        vm.clear(cells);
        status.accept(""); // an old refusal is over
    }
}
