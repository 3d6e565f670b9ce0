package org.selfeval.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The printed page: A4 portrait with the margins the xlsx sheet declares, and how the plan's rows are split
 * into pages when the table is scaled to fit the page width. The sheet gets the same breaks, so the
 * spreadsheet's printout and the print preview break at the same rows.
 */
public final class PageGeometry {

    /** A4 in points. */
    public static final double PAGE_WIDTH = 595.28;
    public static final double PAGE_HEIGHT = 841.89;
    /** Margins in inches, as the spreadsheet stores them. */
    public static final double MARGIN_SIDE_INCHES = 0.5;
    public static final double MARGIN_TOP_INCHES = 0.6;
    public static final double MARGIN_BOTTOM_INCHES = 0.75;
    public static final double HEADER_INCHES = 0.3;
    public static final double FOOTER_INCHES = 0.3;

    private PageGeometry() {
    }

    public static double printableWidth() {
        return PAGE_WIDTH - 2 * MARGIN_SIDE_INCHES * 72;
    }

    public static double printableHeight() {
        return PAGE_HEIGHT - (MARGIN_TOP_INCHES + MARGIN_BOTTOM_INCHES) * 72;
    }

    /** Width of a column of {@code units} characters in points (a spreadsheet adds 5 px of padding). */
    public static double columnPoints(double units) {
        return units * TextMetrics.UNIT_POINTS + 3.75;
    }

    /** Width of the whole table in points, unscaled. */
    public static double tableWidth(List<Double> columnWidths) {
        double w = 0;
        for (double units : columnWidths) {
            w += columnPoints(units);
        }
        return w;
    }

    /** The factor that fits all columns into one page width (never enlarges). */
    public static double scale(List<Double> columnWidths) {
        return Math.min(1.0, printableWidth() / tableWidth(columnWidths));
    }

    /** The height rows may fill on a page, in unscaled points. */
    static double capacity(double scale) {
        return printableHeight() / scale;
    }

    /**
     * Splits rows into pages: a page takes whole rows while they fit; a page that starts inside the indicator
     * table first repeats its header row. A row in {@code keepWithNext} (a heading) never ends a page: the break
     * moves up before it, so it goes over with the row it heads.
     */
    static List<FormLayout.Page> paginate(List<Double> rowHeights, double scale, int headerRow, int lastTableRow,
                                          Set<Integer> keepWithNext) {
        double capacity = capacity(scale);
        List<FormLayout.Page> pages = new ArrayList<>();
        int first = 0;
        boolean repeat = false;
        double used = 0;
        for (int r = 0; r < rowHeights.size(); r++) {
            double h = rowHeights.get(r);
            if (used + h > capacity && r > first) {
                int breakAt = r;
                while (breakAt - 1 > first && keepWithNext.contains(breakAt - 1)) {
                    breakAt--;
                }
                pages.add(new FormLayout.Page(first, breakAt - 1, repeat));
                first = breakAt;
                repeat = breakAt > headerRow && breakAt <= lastTableRow;
                used = repeat ? rowHeights.get(headerRow) : 0;
                for (int k = breakAt; k < r; k++) {
                    used += rowHeights.get(k);
                }
            }
            used += h;
        }
        pages.add(new FormLayout.Page(first, rowHeights.size() - 1, repeat));
        return pages;
    }
}
