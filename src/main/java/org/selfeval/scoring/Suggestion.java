package org.selfeval.scoring;

import java.math.BigDecimal;

/**
 * The score the rules suggest for one indicator, and how it was reached.
 *
 * @param score     the suggested score, or {@code null} when the rules cannot suggest one (a qualitative
 *                  indicator whose tier is not known, a missing weight, an actual that is not a number)
 * @param basis     which rule applied
 * @param tier      for a qualitative indicator, the tier used (chosen or inferred); otherwise {@code null}
 * @param overshoot for a 正向 indicator, whether the actual is at least 130 % of the target
 */
public record Suggestion(BigDecimal score, Basis basis, Tier tier, boolean overshoot) {

    /** The rule behind a suggestion. */
    public enum Basis {
        /** 正向: more is better. */
        AT_LEAST,
        /** 反向: less is better. */
        AT_MOST,
        /** 等于: the target is to be hit exactly. */
        EQUAL,
        /** 定性: a tier's band. */
        QUALITATIVE,
        /** No rule applies (nothing to compare). */
        NONE
    }

    public static final Suggestion NONE = new Suggestion(null, Basis.NONE, null, false);

    public boolean hasScore() {
        return score != null;
    }
}
