package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers as officers type them: full-width digits and signs, thousands separators, a trailing unit. */
public final class NumberText {

    /** Sign, digits (with correct thousands groups or none), decimals, and one optional suffix. */
    private static final Pattern AMOUNT = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(%|万元)?");
    /** Digits before the point: 10^15 万元 is beyond any budget, and more is a slip of the finger. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the point: amounts are printed with 6. */
    public static final int MAX_DECIMALS = 10;

    /** What followed the number, so the cell can refuse a suffix that does not belong in it. */
    public enum Suffix {
        NONE, PERCENT, WAN_YUAN
    }

    /**
     * A number as typed: its value as written (12.5% is 12.5 with {@link Suffix#PERCENT}; 3万元 is 3 with
     * {@link Suffix#WAN_YUAN}) and what followed it.
     */
    public record Reading(BigDecimal value, Suffix suffix) {
    }

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
     * {@code １，２３４．５}, {@code 1 234.5}, {@code 12.5%}, {@code 69.6559万元}. Returns empty for blank
     * text and for anything else — {@code 12万}, {@code 100元} (which unit?), {@code 1,23}, {@code 1e5}, {@code NaN},
     * more than {@value #MAX_INTEGER_DIGITS} digits before the point or {@value #MAX_DECIMALS} after it.
     * A percentage gives the number before the sign (12.5% → 12.5); use {@link #read} to tell it apart.
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        return read(text).map(Reading::value);
    }

    /** Like {@link #parseDecimal}, also telling which suffix was typed. Empty for blank and for refused text. */
    public static Optional<Reading> read(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty(); // no number is typed that long, spaces included: nothing to fold or strip
        }
        String s = stripSpaces(toHalfWidth(text)).replace('\u2212', '-'); // − (U+2212), as word processors type it
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
            return Optional.empty();
        }
        Suffix suffix = m.group(3) == null ? Suffix.NONE : "%".equals(m.group(3)) ? Suffix.PERCENT : Suffix.WAN_YUAN;
        return Optional.of(new Reading("-".equals(m.group(1)) ? value.negate() : value, suffix));
    }

    /** True when nothing but white space was typed: the cell is being emptied, not given a bad number. */
    public static boolean isBlank(String text) {
        return text == null || stripSpaces(text).isEmpty();
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
