package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers as officers type them: full-width digits and signs, thousands separators, a trailing unit. */
public final class NumberText {

    private static final Pattern AMOUNT = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(%|万元|元)?");

    private NumberText() {
    }

    /**
     * Folds full-width ASCII (what Chinese input methods produce: １２３，．％＞＝) and the ideographic space
     * to their half-width forms. Other characters, such as ① or ≥, are kept: NFKC would turn ① into 1.
     */
    public static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else if (c == '。' && i > 0 && Character.isDigit(out.charAt(out.length() - 1))
                    && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                out.append('.'); // 12。5 typed with a Chinese full stop between digits
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    /** Removes every kind of white space, including the ideographic space and no-break space. */
    public static String stripSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Reads an amount or score typed into a figure cell: {@code 351.59}, {@code ３５１．５９}, {@code 1,234.5},
     * {@code 12.5%}, {@code 69.6559万元}. Returns empty for blank text and for anything else.
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = stripSpaces(toHalfWidth(text));
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        return Optional.of("-".equals(m.group(1)) ? value.negate() : value);
    }

    /** True when the text is blank or a placeholder that means "nothing here" on printed forms. */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return true;
        }
        String s = stripSpaces(toHalfWidth(text));
        return s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("——") || s.equals("/") || s.equals("--")
                || s.equals("……") || s.equals("…");
    }
}
