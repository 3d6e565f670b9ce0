package org.selfeval.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the form's rows into printable rows no taller than a limit: a row whose text would be taller continues in
 * rows under it. Each text cell of that row is cut into pieces ({@link TextSplitter}), one per row, in the same
 * columns; the row's other cells (labels, figures) are merged down over the whole block, and a cell merged over
 * several form rows is stretched over all their rows.
 */
final class ContinuationRows {

    /** A formula's reference to the first row of form row N ({@code #R12#}) or to its last row ({@code #E12#}). */
    private static final Pattern ROW_TOKEN = Pattern.compile("#([RE])(\\d+)#");

    /** The rows after expansion: the cells, and for each form row the first and last printable row. */
    record Result(List<LayoutCell> cells, int[] first, int[] last) {
        int rowCount() {
            return last.length == 0 ? 0 : last[last.length - 1] + 1;
        }
    }

    private ContinuationRows() {
    }

    /** A formula token for the first printable row of a form row, resolved by {@link #expand}. */
    static String firstRow(int formRow) {
        return "#R" + formRow + "#";
    }

    /** A formula token for the last printable row of a form row. */
    static String lastRow(int formRow) {
        return "#E" + formRow + "#";
    }

    static Result expand(List<LayoutCell> cells, int formRows, List<Double> columnWidths, double maxRowPoints) {
        int maxLines = TextMetrics.linesIn(maxRowPoints);
        List<List<String>> pieces = new ArrayList<>(cells.size());
        int[] count = new int[formRows];
        java.util.Arrays.fill(count, 1);
        for (LayoutCell c : cells) {
            List<String> p = splittable(c) ? TextSplitter.split(c.text(), width(c, columnWidths), maxLines)
                    : List.of();
            pieces.add(p);
            count[c.row()] = Math.max(count[c.row()], p.size());
        }
        int[] first = new int[formRows];
        int[] last = new int[formRows];
        int next = 0;
        for (int r = 0; r < formRows; r++) {
            first[r] = next;
            next += count[r];
            last[r] = next - 1;
        }
        List<LayoutCell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            LayoutCell c = cells.get(i);
            int top = first[c.row()];
            int bottom = last[c.lastRow()];
            List<String> p = pieces.get(i);
            if (p.isEmpty() || count[c.row()] == 1) {
                out.add(resolve(c.atRows(top, bottom - top + 1), first, last));
                continue;
            }
            out.add(c.part(top, 1, p.get(0), LayoutCell.Continuation.NONE));
            for (int k = 1; k < count[c.row()]; k++) {
                out.add(c.part(top + k, 1, k < p.size() ? p.get(k) : "", LayoutCell.Continuation.TEXT));
            }
        }
        return new Result(out, first, last);
    }

    /** A text typed into a one-row cell: it may run over several rows. Labels and figures never do. */
    private static boolean splittable(LayoutCell c) {
        return c.rowSpan() == 1 && !c.isNumber() && (c.role() == CellRole.TEXT || c.role() == CellRole.LONG_TEXT);
    }

    private static double width(LayoutCell c, List<Double> columnWidths) {
        double w = 0;
        for (int col = c.col(); col <= c.lastCol(); col++) {
            w += columnWidths.get(col);
        }
        return w;
    }

    private static LayoutCell resolve(LayoutCell c, int[] first, int[] last) {
        if (c.formula() == null || c.formula().indexOf('#') < 0) {
            return c;
        }
        Matcher m = ROW_TOKEN.matcher(c.formula());
        StringBuilder f = new StringBuilder();
        while (m.find()) {
            int formRow = Integer.parseInt(m.group(2));
            int row = m.group(1).equals("R") ? first[formRow] : last[formRow];
            m.appendReplacement(f, String.valueOf(row + 1));
        }
        m.appendTail(f);
        return new LayoutCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text(), c.number(), c.numberFormat(),
                f.toString(), c.role(), c.slot(), c.continuation(), c.joinsAbove(), c.joinsBelow());
    }
}
