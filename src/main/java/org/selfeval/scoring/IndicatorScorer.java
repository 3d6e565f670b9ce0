package org.selfeval.scoring;

import java.math.BigDecimal;

/** Suggests an indicator's score from its target, actual, weight and (for qualitative ones) tier. */
public interface IndicatorScorer {

    /**
     * @param target the parsed 年度指标值
     * @param actual the parsed 实际完成值
     * @param actualText the actual as typed, from which a qualitative tier can be read (达成, 部分达成 …)
     * @param targetText the target as typed
     * @param weight the indicator's 分值, or {@code null} when not given
     * @param chosenTier the tier the officer chose, or {@code null} to infer it
     */
    Suggestion suggest(ParsedValue target, ParsedValue actual, String targetText, String actualText,
                       BigDecimal weight, Tier chosenTier);
}
