package org.selfeval.layout;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of the layout plan, at its top-left grid position and with its span. It holds either text or a
 * number; a derived figure also carries the spreadsheet formula that computes it from other cells.
 *
 * @param row          zero-based row of the top-left corner
 * @param col          zero-based column (0 = A … 9 = J)
 * @param rowSpan      rows covered, at least 1
 * @param colSpan      columns covered, at least 1
 * @param text         the text shown, or {@code null} for a number cell
 * @param number       the value of a number cell, or {@code null}
 * @param numberFormat spreadsheet number format of a number cell ({@code 0.000000}, {@code 0.00%}, General)
 * @param formula      for derived figures, the formula in A1 notation without {@code =}; else {@code null}
 * @param role         how the cell is drawn
 * @param slot         what the cell holds, for readers that look cells up (never shown)
 * @param continuation what the cell is to the cell of the same columns above it: a cell of its own, the next
 *                     piece of its text, or a part of it repeated or left empty on a later page
 * @param joinsAbove   no border between this cell and the one above: they read as one cell
 * @param joinsBelow   no border between this cell and the one below
 */
public record LayoutCell(int row, int col, int rowSpan, int colSpan, String text, BigDecimal number,
                         String numberFormat, String formula, CellRole role, Slot slot, Continuation continuation,
                         boolean joinsAbove, boolean joinsBelow) {

    /** How a cell continues the one above it in the same columns. */
    public enum Continuation {
        /** A cell of its own. */
        NONE,
        /** The next piece of the text above: a reader joins it to that text, in order, with nothing between. */
        TEXT,
        /**
         * The part of a cell that a page break cut off, on the next page: a label repeated, or left empty; a reader
         * ignores it.
         */
        REPEAT
    }

    /** The general number format: a score prints as 5 or 6.43. */
    public static final String GENERAL = "General";

    public LayoutCell {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(continuation, "continuation");
        if (rowSpan < 1 || colSpan < 1 || row < 0 || col < 0) {
            throw new IllegalArgumentException("bad cell position " + row + "," + col);
        }
        if (number != null && text != null) {
            throw new IllegalArgumentException("a cell holds text or a number, not both");
        }
    }

    /** A text cell. */
    public static LayoutCell text(int row, int col, int rowSpan, int colSpan, String text, CellRole role, Slot slot) {
        return new LayoutCell(row, col, rowSpan, colSpan, text == null ? "" : text, null, null, null, role, slot,
                Continuation.NONE, false, false);
    }

    /** A number cell; an absent number makes an empty cell. */
    public static LayoutCell number(int row, int col, int colSpan, BigDecimal number, String format, String formula,
                                    Slot slot) {
        if (number == null && formula == null) {
            return text(row, col, 1, colSpan, "", CellRole.FIGURE, slot);
        }
        return new LayoutCell(row, col, 1, colSpan, null, number, format, formula, CellRole.FIGURE, slot,
                Continuation.NONE, false, false);
    }

    /** The same cell moved to other rows. */
    LayoutCell atRows(int newRow, int newRowSpan) {
        return new LayoutCell(newRow, col, newRowSpan, colSpan, text, number, numberFormat, formula, role, slot,
                continuation, joinsAbove, joinsBelow);
    }

    /** A part of this cell in other rows, holding the given text, that continues the cell above it. */
    LayoutCell part(int newRow, int newRowSpan, String newText, Continuation how) {
        return new LayoutCell(newRow, col, newRowSpan, colSpan, newText, null, null, null, role, slot, how,
                joinsAbove, joinsBelow);
    }

    /** The same cell with its borders to the cells above and below open or closed. */
    LayoutCell joined(boolean above, boolean below) {
        return new LayoutCell(row, col, rowSpan, colSpan, text, number, numberFormat, formula, role, slot,
                continuation, above, below);
    }

    public boolean isNumber() {
        return number != null;
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastCol() {
        return col + colSpan - 1;
    }

    public boolean isMerged() {
        return rowSpan > 1 || colSpan > 1;
    }

    /** The text as printed: a number in its format (380.000000, 64.26%, 6.43, 5). */
    public String displayText() {
        return number == null ? text : NumberFormats.format(number, numberFormat);
    }
}
