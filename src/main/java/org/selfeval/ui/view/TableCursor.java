package org.selfeval.ui.view;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.selfeval.model.IndicatorRow;

/**
 * The selected cell of an indicator table, moved as in a spreadsheet: Tab and Enter, Home and End (within the
 * row; with Ctrl, to the table's corners), always scrolled into the table's view.
 */
final class TableCursor {

    private final TableView<IndicatorRow> table;
    /** The columns the keyboard moves through, left to right (not the row number, not 建议). */
    private final List<TableColumn<IndicatorRow, ?>> columns;

    TableCursor(TableView<IndicatorRow> table, List<TableColumn<IndicatorRow, ?>> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /**
     * Moves the selected cell like a spreadsheet: past the last column to the next row's first. A move by columns
     * past the table's last cell (or before its first) does nothing and says so.
     */
    boolean move(int rows, int by) {
        int size = table.getItems().size();
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        int row = at == null || at.getRow() < 0 ? 0 : at.getRow();
        int col = at == null || at.getTableColumn() == null ? 0 : Math.max(0, columns.indexOf(at.getTableColumn()));
        col += by;
        if (col >= columns.size()) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = columns.size() - 1;
            row--;
        }
        if (by != 0 && (row < 0 || row >= size)) {
            return false; // past the table's first or last cell: the selection stays, Tab leaves the table
        }
        row += rows;
        row = Math.max(0, Math.min(row, size - 1));
        select(row, columns.get(col));
        return true;
    }

    /** Home/End: the row's first or last cell; with Ctrl, the table's first or last. */
    void toEdge(boolean end, boolean wholeTable) {
        int size = table.getItems().size();
        int row = wholeTable ? (end ? size - 1 : 0) : Math.max(0, focusedRow());
        if (row >= 0 && row < size) {
            select(row, columns.get(end ? columns.size() - 1 : 0));
        }
    }

    /** Selects one cell, as a click does, and scrolls the table to it. */
    void select(int row, TableColumn<IndicatorRow, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        keepInView(row);
    }

    int focusedRow() {
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        return at == null ? -1 : at.getRow();
    }

    /** Scrolls the table as little as it takes to show the row whole (keyboard moves). */
    void keepInView(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            if (index >= flow.getCellCount()) {
                table.layout(); // a row just added: the flow learns of it when the table is laid out
            }
            flow.scrollTo(index);
        } else {
            table.scrollTo(index); // no skin yet: it shows from the top when it comes
        }
    }
}
