package org.selfeval.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The official form as an immutable grid (FORM.md §3): every cell with its span, text or number, format and
 * role, the column widths, the row heights and the pages. The xlsx writer and the print preview both draw
 * exactly this plan, so the exported sheet and the printed page cannot disagree.
 *
 * @param sheetName          name of the worksheet
 * @param cells              the cells, in reading order (by row, then column); covered cells are absent
 * @param columnWidths       width of each column in spreadsheet character units
 * @param rowHeights         height of each row in points
 * @param firstGridRow       first row inside the bordered table (the rows above are the title)
 * @param indicatorHeaderRow the row of 一级指标 … 偏差原因分析及改进措施, repeated atop later pages
 * @param totalRow           the 总分 row, the last of the form
 * @param pages              the pages, from first to last
 */
public record FormLayout(String sheetName, List<LayoutCell> cells, List<Double> columnWidths,
                         List<Double> rowHeights, int firstGridRow, int indicatorHeaderRow, int totalRow,
                         List<Page> pages) {

    /** The number of columns of the official form (A–J). */
    public static final int COLUMNS = 10;

    /**
     * One printed page: rows {@code firstRow}..{@code lastRow}, and whether the indicator header row is printed
     * above them because the indicator table continues from the previous page.
     */
    public record Page(int firstRow, int lastRow, boolean repeatsHeader) {
    }

    public FormLayout {
        cells = List.copyOf(cells);
        columnWidths = List.copyOf(columnWidths);
        rowHeights = List.copyOf(rowHeights);
        pages = List.copyOf(pages);
        if (columnWidths.size() != COLUMNS) {
            throw new IllegalArgumentException("the form has " + COLUMNS + " columns");
        }
    }

    public int rowCount() {
        return rowHeights.size();
    }

    /** The cell whose area covers the given position, if any. */
    public Optional<LayoutCell> cellAt(int row, int col) {
        for (LayoutCell c : cells) {
            if (row >= c.row() && row <= c.lastRow() && col >= c.col() && col <= c.lastCol()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The cells holding a given kind of content, in reading order. */
    public List<LayoutCell> cells(Slot slot) {
        List<LayoutCell> found = new ArrayList<>();
        for (LayoutCell c : cells) {
            if (c.slot() == slot) {
                found.add(c);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The cells whose top-left corner lies in the given row. */
    public List<LayoutCell> cellsStartingIn(int row) {
        List<LayoutCell> found = new ArrayList<>();
        for (LayoutCell c : cells) {
            if (c.row() == row) {
                found.add(c);
            }
        }
        return found;
    }

    /** The width of columns {@code from}..{@code to} together, in character units. */
    public double width(int from, int to) {
        double w = 0;
        for (int c = from; c <= to; c++) {
            w += columnWidths.get(c);
        }
        return w;
    }

    /** The height of rows {@code from}..{@code to} together, in points. */
    public double height(int from, int to) {
        double h = 0;
        for (int r = from; r <= to; r++) {
            h += rowHeights.get(r);
        }
        return h;
    }
}
