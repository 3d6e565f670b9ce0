package org.selfeval.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Row heights that fit every cell's wrapped text, merged cells included: single-row cells set their row, then a
 * merged cell spreads what it still lacks over its rows (smallest spans first). No row grows past the limit; a
 * text that would need more was already continued in rows of its own ({@link ContinuationRows}).
 */
final class RowHeights {

    static final double TITLE_HEIGHT = 34;
    static final double SUBTITLE_HEIGHT = 22;
    static final double MIN_ROW_HEIGHT = 20;

    private RowHeights() {
    }

    static List<Double> of(List<LayoutCell> cells, int rowCount, List<Double> columnWidths, double maxRow) {
        double[] h = new double[rowCount];
        Arrays.fill(h, MIN_ROW_HEIGHT);
        h[0] = TITLE_HEIGHT;
        h[1] = SUBTITLE_HEIGHT;
        List<LayoutCell> spanning = new ArrayList<>();
        for (LayoutCell c : cells) {
            if (c.role() == CellRole.TITLE || c.role() == CellRole.SUBTITLE) {
                continue;
            }
            if (c.rowSpan() == 1) {
                h[c.row()] = Math.min(maxRow, Math.max(h[c.row()], PageParts.need(c, columnWidths)));
            } else {
                spanning.add(c);
            }
        }
        spanning.sort(Comparator.comparingInt(LayoutCell::rowSpan));
        for (LayoutCell c : spanning) {
            double have = 0;
            for (int r = c.row(); r <= c.lastRow(); r++) {
                have += h[r];
            }
            double missing = PageParts.need(c, columnWidths) - have;
            if (missing > 0) {
                for (int r = c.row(); r <= c.lastRow(); r++) {
                    h[r] = Math.min(maxRow, h[r] + missing / c.rowSpan());
                }
            }
        }
        List<Double> heights = new ArrayList<>(rowCount);
        for (double v : h) {
            heights.add(Math.min(Math.floor(maxRow * 4) / 4, Math.ceil(v * 4) / 4)); // spreadsheets keep quarter points
        }
        return heights;
    }
}
