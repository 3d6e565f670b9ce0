package org.selfeval.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits the cells to the pages: a merged cell never crosses a page break (a spreadsheet prints its text on one
 * side only, or cut in two), so it is cut at each break; on the later pages a label is repeated where it fits and
 * other cells are left empty. Then the borders: a piece of text continuing the one above on the same page has no
 * border between them, so the pieces read as one cell; at a page break the borders close.
 */
final class PageParts {

    private PageParts() {
    }

    static List<LayoutCell> cut(List<LayoutCell> cells, List<FormLayout.Page> pages, List<Double> heights,
                                List<Double> columnWidths, int headerRow) {
        int[] pageOf = new int[heights.size()];
        boolean[] pageStart = new boolean[heights.size() + 1];
        for (int p = 0; p < pages.size(); p++) {
            FormLayout.Page page = pages.get(p);
            pageStart[page.firstRow()] = true;
            for (int r = page.firstRow(); r <= page.lastRow(); r++) {
                pageOf[r] = p;
            }
        }
        List<LayoutCell> out = new ArrayList<>(cells.size());
        for (LayoutCell c : cells) {
            int from = pageOf[c.row()];
            int to = pageOf[c.lastRow()];
            if (from == to) {
                out.add(c);
                continue;
            }
            for (int p = from; p <= to; p++) {
                FormLayout.Page page = pages.get(p);
                int top = Math.max(c.row(), page.firstRow());
                int bottom = Math.min(c.lastRow(), page.lastRow());
                if (p == from) {
                    out.add(c.atRows(top, bottom - top + 1));
                } else {
                    double height = 0;
                    for (int r = top; r <= bottom; r++) {
                        height += heights.get(r);
                    }
                    boolean shownByHeader = page.repeatsHeader() && c.row() == headerRow;
                    boolean repeat = !shownByHeader && isLabel(c) && need(c, columnWidths) <= height;
                    out.add(c.part(top, bottom - top + 1, repeat ? c.text() : "", LayoutCell.Continuation.REPEAT));
                }
            }
        }
        Set<Long> continued = new HashSet<>();
        for (LayoutCell c : out) {
            if (c.continuation() == LayoutCell.Continuation.TEXT) {
                continued.add(key(c.row(), c.col()));
            }
        }
        List<LayoutCell> joined = new ArrayList<>(out.size());
        for (LayoutCell c : out) {
            boolean above = c.continuation() == LayoutCell.Continuation.TEXT && !pageStart[c.row()];
            boolean below = continued.contains(key(c.lastRow() + 1, c.col())) && !pageStart[c.lastRow() + 1];
            joined.add(above == c.joinsAbove() && below == c.joinsBelow() ? c : c.joined(above, below));
        }
        return joined;
    }

    private static boolean isLabel(LayoutCell c) {
        return c.role() == CellRole.LABEL || c.role() == CellRole.VERTICAL_LABEL || c.role() == CellRole.GROUP_LABEL;
    }

    /** The height a cell's text needs. */
    static double need(LayoutCell c, List<Double> columnWidths) {
        if (c.role() == CellRole.VERTICAL_LABEL) {
            return TextMetrics.verticalHeight(c.text());
        }
        double width = 0;
        for (int col = c.col(); col <= c.lastCol(); col++) {
            width += columnWidths.get(col);
        }
        return TextMetrics.height(c.displayText(), width);
    }

    private static long key(int row, int col) {
        return (long) row * 64 + col;
    }
}
