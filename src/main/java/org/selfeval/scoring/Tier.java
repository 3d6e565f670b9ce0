package org.selfeval.scoring;

import java.math.BigDecimal;

/**
 * The three tiers of a qualitative (定性) indicator, 财预〔2020〕10号 第十六条 and 附1:
 * 达成 100%–80%(含), 部分达成 80%–60%(含), 未达成 60%–0% of the indicator's weight.
 */
public enum Tier {
    /** 达成年度指标: scores in [80 %, 100 %] of the weight; suggested at 100 %. */
    MET("0.8", "1", true, "1"),
    /** 部分达成年度指标并具有一定效果: scores in [60 %, 80 %); suggested at the middle, 70 %. */
    PARTIAL("0.6", "0.8", false, "0.7"),
    /** 未达成年度指标且效果较差: scores in [0, 60 %); suggested at the middle, 30 %. */
    NOT_MET("0", "0.6", false, "0.3");

    private final BigDecimal lowFraction;
    private final BigDecimal highFraction;
    private final boolean highIncluded;
    private final BigDecimal suggestedFraction;

    Tier(String low, String high, boolean highIncluded, String suggested) {
        this.lowFraction = new BigDecimal(low);
        this.highFraction = new BigDecimal(high);
        this.highIncluded = highIncluded;
        this.suggestedFraction = new BigDecimal(suggested);
    }

    /** The lowest score of this tier's band for the given weight (included). */
    public BigDecimal low(BigDecimal weight) {
        return weight.multiply(lowFraction);
    }

    /** The highest score of this tier's band for the given weight (included only for {@link #MET}). */
    public BigDecimal high(BigDecimal weight) {
        return weight.multiply(highFraction);
    }

    /** Whether a score lies in this tier's band. */
    public boolean contains(BigDecimal score, BigDecimal weight) {
        if (score.compareTo(low(weight)) < 0) {
            return false;
        }
        int toHigh = score.compareTo(high(weight));
        return highIncluded ? toHigh <= 0 : toHigh < 0;
    }

    /** The share of the weight that is suggested for this tier. */
    public BigDecimal suggestedFraction() {
        return suggestedFraction;
    }
}
