package org.selfeval.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows one page prints (the repeated indicator header first, where the table continues) and where each lies,
 * for every renderer of pages (print preview, PDF): so that they break, repeat and place rows alike.
 */
public final class PrintedPage {

    private final List<Integer> rows;
    private final double[] top;
    private final double[] left = new double[FormLayout.COLUMNS + 1];

    public PrintedPage(FormLayout layout, FormLayout.Page page) {
        List<Integer> printed = new ArrayList<>();
        if (page.repeatsHeader()) {
            printed.add(layout.indicatorHeaderRow());
        }
        for (int r = page.firstRow(); r <= page.lastRow(); r++) {
            printed.add(r);
        }
        rows = List.copyOf(printed);
        top = new double[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            top[i + 1] = top[i] + layout.rowHeights().get(rows.get(i));
        }
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            left[c + 1] = left[c] + PageGeometry.columnPoints(layout.columnWidths().get(c));
        }
    }

    /** The part of a cell on this page, in unscaled points from the table's top-left corner. */
    public record Box(double x, double y, double width, double height) {
    }

    /** Where the cell is drawn on this page; a cell merged over a page break gets the part on this page. */
    public java.util.Optional<Box> box(LayoutCell cell) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            if (r >= cell.row() && r <= cell.lastRow()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Box(left[cell.col()], top[first], left[cell.lastCol() + 1] - left[cell.col()],
                top[last + 1] - top[first]));
    }

    /** The table's width in unscaled points. */
    public double width() {
        return left[FormLayout.COLUMNS];
    }

    /** The height of the rows on this page in unscaled points. */
    public double height() {
        return top[rows.size()];
    }
}
