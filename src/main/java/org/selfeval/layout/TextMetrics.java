package org.selfeval.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * How a text wraps in a cell, without a font renderer: POI cannot size rows to wrapped text, and the plan must be
 * computable headless and give the same result on every machine. Characters and lines are measured in 宋体
 * ({@link PrintFace#SONG}), the face the sheet names and Excel prints with: a CJK character one em wide, a Latin
 * one half an em, a line of 10 pt text 13.5 pt (18 px) tall. Lines break where the viewers break them
 * (between CJK characters, at spaces between Latin words, never before a closing mark), so the estimate errs
 * towards more lines: a row too tall looks fine, one too short hides text.
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
     * 11 pt, is 7 px at 96 dpi in Excel (LibreOffice's substitute is wider, so its columns hold more text).
     */
    public static final double UNIT_POINTS = 5.25;
    /**
     * Width a cell gains over its character units, in points: each column adds 5 px of padding (3.75 pt), of
     * which the text may use all but the 2 px inner margins. Only one column's padding is counted, so a merged
     * cell is estimated a little narrower than it prints.
     */
    private static final double CELL_EXTRA_POINTS = 3.75 - 1.5;
    /** Marks that may not begin a line (the viewers carry the character before them down with them). */
    private static final String NO_LINE_START = "，。、；：？！）】》」』”’〉…%,.;:?!)]}";
    /** Marks that may not end a line. */
    private static final String NO_LINE_END = "（【《「『“‘〈([{";

    private TextMetrics() {
    }

    /** Width of a character of body text in points: 宋体 draws CJK a full em wide, ASCII half of it. */
    static double charPoints(int codePoint) {
        boolean half = codePoint < 0x80 || codePoint >= 0xFF61 && codePoint <= 0xFFDC; // and half-width forms
        return half ? BODY_POINTS / 2 : BODY_POINTS;
    }

    /** The width a text may use in a cell {@code widthUnits} wide, in points. */
    static double innerPoints(double widthUnits) {
        return Math.max(BODY_POINTS * 1.5, widthUnits * UNIT_POINTS + CELL_EXTRA_POINTS);
    }

    /**
     * Where each printed line of the text begins (char indices, the first is 0) in a cell {@code widthUnits}
     * wide. A line feed starts a new line; a trailing one adds none (nothing is printed after it).
     */
    public static List<Integer> lineStarts(String text, double widthUnits) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        if (text == null || text.isEmpty()) {
            return starts;
        }
        double available = innerPoints(widthUnits);
        int lineStart = 0;
        int opportunity = -1; // the last place in this line where it may break
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\n') {
                if (next < text.length()) {
                    starts.add(next);
                }
                lineStart = next;
                opportunity = -1;
                used = 0;
                i = next;
                continue;
            }
            if (i > lineStart && mayBreakBefore(text, i)) {
                opportunity = i;
            }
            double w = charPoints(cp);
            if (used + w > available && i > lineStart) {
                int breakAt = opportunity > lineStart ? opportunity : i;
                starts.add(breakAt);
                lineStart = breakAt;
                opportunity = -1;
                used = width(text, breakAt, i);
            }
            used += w;
            i = next;
        }
        return starts;
    }

    private static double width(String text, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
            w += charPoints(text.codePointAt(i));
        }
        return w;
    }

    /** Whether a line may break between the character before {@code i} and the one at it. */
    private static boolean mayBreakBefore(String text, int i) {
        int cp = text.codePointAt(i);
        int before = text.codePointBefore(i);
        if (NO_LINE_START.indexOf(cp) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        if (before == ' ' || before == '-' || before == '\t') {
            return true;
        }
        return cp >= 0x80 || before >= 0x80; // Latin words stay whole; CJK breaks anywhere
    }

    /** Lines the text needs in a cell {@code widthUnits} wide. */
    public static int lines(String text, double widthUnits) {
        return lineStarts(text, widthUnits).size();
    }

    /** Height in points a text needs in a cell of the given width. */
    public static double height(String text, double widthUnits) {
        return heightOfLines(lines(text, widthUnits));
    }

    /** Height in points of a cell holding {@code lines} lines of body text. */
    public static double heightOfLines(int lines) {
        return Math.max(1, lines) * LINE_POINTS + PADDING_POINTS;
    }

    /** The most lines of body text a cell of the given height holds. */
    public static int linesIn(double heightPoints) {
        return Math.max(1, (int) Math.floor((heightPoints - PADDING_POINTS) / LINE_POINTS));
    }

    /** Height in points of a label written one character under the other. */
    public static double verticalHeight(String text) {
        int chars = text == null ? 0 : (int) text.codePoints().count();
        return heightOfLines(chars);
    }
}
