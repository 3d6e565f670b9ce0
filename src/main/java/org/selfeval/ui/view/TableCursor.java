package org.selfeval.ui.view;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import org.selfeval.model.IndicatorRow;

/**
 * The selected cell of an indicator table, moved as in a spreadsheet: Tab and Enter, Home and End (within the
 * row; with Ctrl, to the table's corners), always scrolled into the table's view.
 */
final class TableCursor {

    private final TableView<IndicatorRow> table;
    /** The columns the keyboard moves through, left to right (not the row number, not 建议). */
    private final List<TableColumn<IndicatorRow, ?>> columns;
    private final ShownRows shown;
    private final FormLook look;

    TableCursor(TableView<IndicatorRow> table, List<TableColumn<IndicatorRow, ?>> columns, ShownRows shown,
                FormLook look) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.shown = shown;
        this.look = look;
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

    /**
     * Scrolls the table as little as it takes to show the row whole (keyboard moves): a row above what shows comes
     * to the top, a row below it to the bottom, as in a spreadsheet.
     */
    void keepInView(int index) {
        if (index < 0 || index >= table.getItems().size()) {
            return;
        }
        table.layout(); // a row just added: the table learns of it when it is laid out
        double top = table.snappedTopInset() + TableHeight.header(look).get();
        double bottom = table.getHeight() - table.snappedBottomInset();
        Optional<Bounds> at = shown.bounds(index);
        if (at.isPresent() && whole(at.get(), top, bottom)) {
            return;
        }
        boolean above = at.map(b -> b.getMinY() < top).orElse(index < shown.firstShown().orElse(0));
        if (above) {
            table.scrollTo(index);
            return;
        }
        int fit = Math.max(1, (int) Math.floor((bottom - top) / look.rowHeight().get()));
        table.scrollTo(Math.max(0, index - fit + 1));
        table.layout();
        if (!shown.bounds(index).map(b -> whole(b, top, bottom)).orElse(false)) {
            table.scrollTo(index); // rows taller than one line (wrapped text): the row at the top then
        }
    }

    private static boolean whole(Bounds row, double top, double bottom) {
        return row.getMinY() >= top - 0.5 && row.getMaxY() <= bottom + 0.5;
    }
}
