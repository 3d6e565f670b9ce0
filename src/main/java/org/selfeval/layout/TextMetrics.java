package org.selfeval.layout;

/**
 * Estimates how many lines a text needs in a cell of a given width, without a font renderer: POI cannot size
 * rows to wrapped text, and the plan must be computable headless. A CJK character is about twice as wide as a
 * Latin one; the estimate errs towards more lines, since a row too tall looks fine and one too short cuts text.
 */
public final class TextMetrics {

    /** Points of body text. */
    public static final double BODY_POINTS = 10;
    /** Points of the title. */
    public static final double TITLE_POINTS = 18;
    /** Points of the line under the title. */
    public static final double SUBTITLE_POINTS = 12;
    /** Height of one line of body text, in points (宋体 10 pt in Excel: 18 px). */
    public static final double LINE_POINTS = 13.5;
    /** Space above and below the text inside a cell, in points together. */
    public static final double PADDING_POINTS = 5;
    /**
     * Width of one character unit of a column, in points: the widest digit of the sheet's default font, 宋体
     * 11 pt, is 7 px at 96 dpi in Excel (LibreOffice's substitute is wider, so its pages hold more rows).
     */
    public static final double UNIT_POINTS = 5.25;
    /** Width a cell loses to its inner margins, in character units. */
    private static final double CELL_MARGIN_UNITS = 1.2;

    private TextMetrics() {
    }

    /**
     * Width of one character of 10 pt body text, in column character units (half an 11 pt CJK character):
     * a CJK character is 10/11 of two units, a Latin one about half of that.
     */
    public static double charUnits(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == ' ' ? 0.6 : 1.0;
        }
        if (codePoint >= 0xFF61 && codePoint <= 0xFFDC) {
            return 1.0; // half-width katakana and hangul
        }
        return 1.8;
    }

    /** Lines the text needs in a cell {@code widthUnits} wide, breaking anywhere (as CJK text does). */
    public static int lines(String text, double widthUnits) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double available = Math.max(1.5, widthUnits - CELL_MARGIN_UNITS);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            int[] cps = paragraph.codePoints().toArray();
            for (int cp : cps) {
                double w = charUnits(cp);
                if (used + w > available && used > 0) {
                    lines++;
                    used = 0;
                }
                used += w;
            }
        }
        return lines;
    }

    /** Height in points a text needs in a cell of the given width. */
    public static double height(String text, double widthUnits) {
        return lines(text, widthUnits) * LINE_POINTS + PADDING_POINTS;
    }

    /** Height in points of a label written one character under the other. */
    public static double verticalHeight(String text) {
        int chars = text == null ? 0 : (int) text.codePoints().count();
        return Math.max(1, chars) * LINE_POINTS + PADDING_POINTS;
    }
}
