package org.selfeval.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/**
 * Copy, paste and Delete of an indicator table's cells, as in Excel: Ctrl+C copies the selected cells as they
 * show, Ctrl+V pastes from the selected cell rightwards and down and keeps that cell selected.
 */
final class TableClipboard {

    private final TableView<IndicatorRow> table;
    private final IndicatorTableViewModel vm;
    /** The typed columns of the table and the form's column each shows; 序号, 建议 and 档次 have none. */
    private final Map<TableColumn<IndicatorRow, ?>, IndicatorColumn> typed;
    private final TableCursor cursor;
    private final Supplier<List<IndicatorRow>> selectedRows;
    private final Consumer<String> status;

    TableClipboard(TableView<IndicatorRow> table, IndicatorTableViewModel vm,
                   Map<TableColumn<IndicatorRow, ?>, IndicatorColumn> typed, TableCursor cursor,
                   Supplier<List<IndicatorRow>> selectedRows, Consumer<String> status) {
        this.table = table;
        this.vm = vm;
        this.typed = typed;
        this.cursor = cursor;
        this.selectedRows = selectedRows;
        this.status = status;
    }

    /** Copies whole rows (the row menu's 复制行). */
    void copyRows() {
        toClipboard(vm.copy(selectedRows.get()));
    }

    /** Copies the selected cells as they show, as a spreadsheet does (Ctrl+C). */
    void copyCells() {
        toClipboard(vm.copy(selectedRows.get(), selectedColumns()));
    }

    private List<IndicatorColumn> selectedColumns() {
        List<IndicatorColumn> columns = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            IndicatorColumn column = typed.get(p.getTableColumn());
            if (column != null && !columns.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
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
        TablePosition<IndicatorRow, ?> at = table.getFocusModel().getFocusedCell();
        boolean cell = at != null && at.getRow() >= 0 && at.getTableColumn() != null;
        int row = cell ? at.getRow() : vm.rows().size();
        IndicatorTableViewModel.PasteResult result = vm.paste(row, cell ? typedAtOrAfter(at.getTableColumn())
                : IndicatorColumn.LEVEL2, text);
        status.accept(String.join(" ", result.refused())); // also ends an old refusal
        if (result.count() == 0) {
            return;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(result.first(), column(result.firstColumn()),
                result.first() + result.count() - 1, column(result.lastColumn()));
        if (cell) {
            table.getFocusModel().focus(at.getRow(), (TableColumn<IndicatorRow, ?>) at.getTableColumn());
        } else {
            table.getFocusModel().focus(result.first(), column(result.firstColumn()));
        }
        cursor.keepInView(result.first());
    }

    /** The form's column a paste starts in: the selected one, or for 序号, 建议 and 档次 the next typed one. */
    private IndicatorColumn typedAtOrAfter(TableColumn<?, ?> column) {
        List<TableColumn<IndicatorRow, ?>> all = table.getVisibleLeafColumns();
        for (int i = Math.max(0, all.indexOf(column)); i < all.size(); i++) {
            IndicatorColumn found = typed.get(all.get(i));
            if (found != null) {
                return found;
            }
        }
        return IndicatorColumn.REASON;
    }

    /** The table's column that shows a column of the form; 一级指标 is the table itself, shown by its first. */
    TableColumn<IndicatorRow, ?> column(IndicatorColumn column) {
        TableColumn<IndicatorRow, ?> first = null;
        for (Map.Entry<TableColumn<IndicatorRow, ?>, IndicatorColumn> e : typed.entrySet()) {
            first = first == null ? e.getKey() : first;
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return first;
    }

    /** Delete: empties the selected cells that can be empty (a 二级指标 cannot). */
    void clearCells(Consumer<TablePosition<?, ?>> clear) {
        for (TablePosition<?, ?> p : List.copyOf(table.getSelectionModel().getSelectedCells())) {
            IndicatorColumn column = typed.get(p.getTableColumn());
            if (p.getRow() >= 0 && column != null && column != IndicatorColumn.LEVEL2) {
                clear.accept(p);
            }
        }
    }

    /** The form's column a table column shows, {@code null} for 序号, 建议 and 档次. */
    IndicatorColumn formColumn(TableColumn<?, ?> column) {
        return typed.get(column);
    }
}
