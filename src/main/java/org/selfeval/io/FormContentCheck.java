package org.selfeval.io;

import java.math.BigDecimal;
import java.util.List;

/**
 * Refuses a form file whose JSON is well formed but whose content no real form has: a {@code null} indicator
 * row, an absurd year, numbers no budget or score reaches, or text with control characters or broken
 * characters that would corrupt an exported sheet. Refusing is better than opening a form the officer then
 * cannot export, or where a number like {@code 1e999999999} freezes the program when it is printed.
 */
final class FormContentCheck {

    /** The earliest year a form may carry. */
    static final int MIN_YEAR = 1900;
    /** The latest year a form may carry. */
    static final int MAX_YEAR = 2100;
    /** Amounts, weights and scores must stay below 10^15 (a thousand trillion 万元 is no budget). */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Decimals beyond this are not typed by anyone; 20 still lets through a float's noise (0.30000000000000004). */
    static final int MAX_DECIMALS = 20;

    private FormContentCheck() {
    }

    static void check(FormDocument doc) throws FormReadException {
        text("edition", doc.edition());
        FormDocument.Header header = doc.header();
        if (header != null) {
            Integer year = header.year();
            if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
                throw new FormReadException("io.error.badYear", String.valueOf(year), MIN_YEAR, MAX_YEAR);
            }
            text("header.projectName", header.projectName());
            text("header.department", header.department());
            text("header.implementingUnit", header.implementingUnit());
            text("header.projectLeader", header.projectLeader());
            text("header.phone", header.phone());
        }
        FormDocument.Funds funds = doc.funds();
        if (funds != null) {
            number("funds.executionWeight", funds.executionWeight());
            amounts("funds.total", funds.total());
            amounts("funds.currentYear", funds.currentYear());
            amounts("funds.carriedOver", funds.carriedOver());
            amounts("funds.other", funds.other());
        }
        if (doc.goals() != null) {
            text("goals.expected", doc.goals().expected());
            text("goals.achieved", doc.goals().achieved());
        }
        List<FormDocument.Indicator> indicators = doc.indicators();
        if (indicators != null) {
            for (int i = 0; i < indicators.size(); i++) {
                indicator("indicators[" + (i + 1) + "]", i + 1, indicators.get(i));
            }
        }
    }

    private static void indicator(String path, int row, FormDocument.Indicator in) throws FormReadException {
        if (in == null) {
            // Skipping it would renumber the rows after it without a word: the file is damaged.
            throw new FormReadException("io.error.nullIndicator", row);
        }
        text(path + ".level1", in.level1());
        text(path + ".level2", in.level2());
        text(path + ".name", in.name());
        text(path + ".target", in.target());
        text(path + ".actual", in.actual());
        text(path + ".reason", in.reason());
        number(path + ".weight", in.weight());
        number(path + ".score", in.score());
    }

    private static void amounts(String path, FormDocument.Amounts amounts) throws FormReadException {
        if (amounts != null) {
            number(path + ".initialBudget", amounts.initialBudget());
            number(path + ".annualBudget", amounts.annualBudget());
            number(path + ".executed", amounts.executed());
        }
    }

    private static void number(String path, BigDecimal value) throws FormReadException {
        if (value == null) {
            return;
        }
        // precision − scale is the count of digits before the point; computed without expanding the number. A
        // zero counts too: 0E-999999999 is zero, but no file can be written with it, and 0E+999999999 makes the
        // program's arithmetic fail.
        long integerDigits = (long) value.precision() - value.scale();
        boolean absurdScale = value.scale() > MAX_DECIMALS || value.scale() < -MAX_INTEGER_DIGITS;
        if (absurdScale || value.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
            String shown = value.toString(); // scientific notation: toPlainString of 1E+999999999 would not end
            if (shown.length() > 40) {
                shown = shown.substring(0, 40) + "…";
            }
            throw new FormReadException("io.error.badNumber", path, shown);
        }
    }

    private static void text(String path, String value) throws FormReadException {
        if (value == null) {
            return;
        }
        if (value.length() > FormFiles.MAX_STRING_LENGTH) {
            throw new FormReadException("io.error.textTooLong", path, value.length(), FormFiles.MAX_STRING_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            if (!allowedAt(value, i)) {
                throw new FormReadException("io.error.badText", path, i + 1);
            }
        }
    }

    /**
     * The text without the characters a file may not hold (control characters, broken surrogate pairs), so
     * that what is saved always opens again: they come from pasted text and are invisible anyway.
     */
    static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < value.length(); i++) {
            if (!allowedAt(value, i)) {
                if (kept == null) {
                    kept = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (kept != null) {
                kept.append(value.charAt(i));
            }
        }
        return kept == null ? value : kept.toString();
    }

    private static boolean allowedAt(String value, int i) {
        char c = value.charAt(i);
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
        boolean broken = Character.isHighSurrogate(c)
                ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
        return !(control || broken || c == '\uFFFE' || c == '\uFFFF');
    }
}
