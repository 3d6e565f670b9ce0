package org.selfeval.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks a cell's text into lines that fit a width, as Chinese typesetting does: anywhere between CJK characters,
 * but never inside a number or a Latin word (so 351.590000 or 64.26% stay whole while they fit a line), and never
 * before closing punctuation (，。、）% start no line). Explicit line breaks are kept.
 */
final class LineBreaker {

    /** Characters that close a phrase and so may not begin a line; they stay with what precedes them. */
    private static final String CLOSING = "，。、；：？！）》」』】〉,.;:?!)]}%％·…";

    private LineBreaker() {
    }

    /** The lines of {@code text} within {@code width}, measuring each code point with {@code widthOf}. */
    static List<String> wrap(String text, double width, IntToDoubleFunction widthOf) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            wrapParagraph(paragraph, width, widthOf, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double width, IntToDoubleFunction widthOf, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String token : tokens(paragraph)) {
            double w = width(token, widthOf);
            if (used + w <= width || line.isEmpty() && w <= width) {
                line.append(token);
                used += w;
                continue;
            }
            if (w > width) {
                // A token wider than a whole line (a long number or URL) is cut where the line is full.
                for (int cp : token.codePoints().toArray()) {
                    double c = widthOf.applyAsDouble(cp);
                    if (used + c > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.appendCodePoint(cp);
                    used += c;
                }
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(token);
            used = w;
        }
        lines.add(line.toString());
    }

    /** Units that are not broken: a run of Latin letters and digits, or one other character; closers attach. */
    static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        int[] cps = paragraph.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int start = i;
            if (isWordChar(cps[i])) {
                while (i < cps.length && isWordChar(cps[i])) {
                    i++;
                }
            } else {
                i++;
            }
            while (i < cps.length && CLOSING.indexOf(cps[i]) >= 0 && !isWordChar(cps[i])) {
                i++;
            }
            tokens.add(new String(cps, start, i - start));
        }
        return tokens;
    }

    /** Letters, digits and the signs inside numbers (64.26, 1,234, -3): the parts of a word or a figure. */
    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_');
    }

    private static double width(String token, IntToDoubleFunction widthOf) {
        double w = 0;
        for (int cp : token.codePoints().toArray()) {
            w += widthOf.applyAsDouble(cp);
        }
        return w;
    }
}
