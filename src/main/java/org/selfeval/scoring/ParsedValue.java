package org.selfeval.scoring;

import java.math.BigDecimal;

/**
 * What a target (年度指标值) or an actual (实际完成值) says, as far as scoring is concerned.
 *
 * @param kind     whether the text holds one number, no usable number, or nothing
 * @param relation the comparison a target asks for ({@code null} when none was written)
 * @param value    the number, in {@code unit}; for a year-month date, the month
 * @param unit     the unit after the number ({@code ""} when none)
 * @param year     for a date such as {@code 2022.11月}, the year; otherwise {@code null}
 */
public record ParsedValue(Kind kind, Relation relation, BigDecimal value, String unit, Integer year) {

    /** What a cell's text turned out to be. */
    public enum Kind {
        /** One number, with an optional comparator and unit, and little other text. */
        NUMBER,
        /** Text that states no single number: a sentence, a grade such as 优良中低差, 及时. */
        QUALITATIVE,
        /** Nothing typed. */
        EMPTY
    }

    public static final ParsedValue EMPTY = new ParsedValue(Kind.EMPTY, null, null, "", null);
    public static final ParsedValue QUALITATIVE = new ParsedValue(Kind.QUALITATIVE, null, null, "", null);

    /** A plain number with a unit and no comparator. */
    public static ParsedValue number(BigDecimal value, String unit) {
        return new ParsedValue(Kind.NUMBER, null, value, unit, null);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** The relation a target asks for: the one written, or 正向 (at least) for a bare number. */
    public Relation relationOrDefault() {
        return relation == null ? Relation.AT_LEAST : relation;
    }
}
