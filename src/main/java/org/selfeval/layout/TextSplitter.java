package org.selfeval.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text too long for one row into pieces of at most a given number of lines, as a careful typist would
 * continue it in the rows below: at the end of a paragraph or sentence near the limit where there is one, else
 * at the end of a line. The pieces joined together give back the text exactly.
 */
final class TextSplitter {

    /** How far back from the limit a paragraph or sentence end is looked for, as a share of the lines. */
    private static final double SEARCH_BACK = 0.25;
    private static final String SENTENCE_ENDS = "。！？；!?;";
    /** Closing marks that stay with the sentence they close. */
    private static final String CLOSERS = "”’）】》」』)]\"'";

    private TextSplitter() {
    }

    static List<String> split(String text, double widthUnits, int maxLines) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (true) {
            List<Integer> starts = TextMetrics.lineStarts(rest, widthUnits);
            if (starts.size() <= maxLines) {
                pieces.add(rest);
                return pieces;
            }
            int cut = cut(rest, starts, maxLines);
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
    }

    /** Where to end the first piece: never after line {@code maxLines}, preferably at a paragraph or sentence end. */
    private static int cut(String text, List<Integer> starts, int maxLines) {
        int limit = starts.get(maxLines); // the first character that would be on a line too many
        int from = starts.get(Math.max(1, maxLines - Math.max(1, (int) Math.round(maxLines * SEARCH_BACK))));
        int paragraph = text.lastIndexOf('\n', limit - 1);
        if (paragraph >= from) {
            return paragraph + 1;
        }
        for (int i = limit - 1; i >= from; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '.' && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ') {
                int end = i + 1;
                while (end < limit && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == ' ')) {
                    end++;
                }
                return end;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
