package org.selfeval.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers the way a spreadsheet shows the few number formats the layout uses. */
public final class NumberFormats {

    /** Execution rates: a percentage with two decimals. */
    public static final String PERCENT = "0.00%";
    /** Points with two decimals (执行率得分, 总分). */
    public static final String POINTS = "0.00";

    private NumberFormats() {
    }

    /** A percentage with the given decimals: 2 → {@code 0.00%}. */
    public static String percent(int decimals) {
        return decimals(decimals) + "%";
    }

    /** An amount format with the given decimals: 6 → {@code 0.000000}. */
    public static String decimals(int scale) {
        return scale <= 0 ? "0" : "0." + "0".repeat(scale);
    }

    /** The number as the format shows it; the general format drops trailing zeros (5.00 → 5). */
    public static String format(BigDecimal value, String format) {
        if (value == null) {
            return "";
        }
        if (format == null || format.equals(LayoutCell.GENERAL)) {
            BigDecimal stripped = value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        boolean percent = format.endsWith("%");
        String digits = percent ? format.substring(0, format.length() - 1) : format;
        int dot = digits.indexOf('.');
        int scale = dot < 0 ? 0 : digits.length() - dot - 1;
        BigDecimal shown = percent ? value.movePointRight(2) : value;
        return shown.setScale(scale, RoundingMode.HALF_UP).toPlainString() + (percent ? "%" : "");
    }
}
