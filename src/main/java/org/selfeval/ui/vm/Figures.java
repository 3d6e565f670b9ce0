package org.selfeval.ui.vm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.selfeval.scoring.NumberText;

/** How figures are shown in the editor and read back from what the officer types. */
public final class Figures {

    private Figures() {
    }

    /** A weight or score as written on forms: no trailing zeros, no exponent ({@code 5}, {@code 6.19}). */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** An amount with the edition's decimals, as the form prints it ({@code 351.590000}). */
    public static String amount(BigDecimal value, int scale) {
        return value == null ? "" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** Reads a typed figure: blank (also for placeholders such as {@code -}), a number, or invalid text. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank() || NumberText.isPlaceholder(text)) {
            return Parsed.BLANK;
        }
        Optional<BigDecimal> value = NumberText.parseDecimal(text);
        return value.map(v -> new Parsed(v, true)).orElse(Parsed.INVALID);
    }

    /** The result of reading a figure: blank, a number, or text that is not a number. */
    public record Parsed(BigDecimal value, boolean valid) {
        static final Parsed BLANK = new Parsed(null, true);
        static final Parsed INVALID = new Parsed(null, false);

        public boolean blank() {
            return valid && value == null;
        }

        public boolean invalid() {
            return !valid;
        }
    }
}
