package org.selfeval.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measures of shared/tools/compare-text, in Java: how much of a reference form's text a candidate holds in
 * the same order (white space dropped), and which of the reference's figures it lacks.
 */
final class ExtractedText {

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?%?");

    private ExtractedText() {
    }

    /** A published reference form's text (test resource). */
    static String reference(String name) throws IOException {
        try (InputStream in = ExtractedText.class.getResourceAsStream("/reference/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The share of the reference's characters found in the candidate in the same order (longest common subsequence). */
    static double inOrder(String reference, String candidate) {
        int[] a = reference.replaceAll("\\s+", "").codePoints().toArray();
        int[] b = candidate.replaceAll("\\s+", "").codePoints().toArray();
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int ca : a) {
            for (int j = 1; j <= b.length; j++) {
                current[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return a.length == 0 ? 1 : (double) previous[b.length] / a.length;
    }

    /** The reference's figures (6.43, 64.26%, 15) that the candidate does not hold as often. */
    static List<String> missingFigures(String reference, String candidate) {
        List<String> pool = figures(candidate);
        List<String> missing = new ArrayList<>();
        for (String f : figures(reference)) {
            if (!pool.remove(f)) {
                missing.add(f);
            }
        }
        return missing;
    }

    private static List<String> figures(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
