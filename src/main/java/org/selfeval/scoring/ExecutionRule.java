package org.selfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How an edition scores the budget execution rate (执行率 = 全年执行数 / 全年预算数).
 *
 * @param kind  {@link Kind#PROPORTIONAL}: 分值 × 执行率, capped at 分值, rounded half-up to {@code scale}
 *              decimals (Beijing: 2; the reference forms 6.43 and 6.19); {@link Kind#BANDS}: a fixed share of
 *              分值 per band of the rate (财预〔2021〕101号)
 * @param scale decimals of the score for {@link Kind#PROPORTIONAL}
 * @param bands for {@link Kind#BANDS}: from the highest {@code minRate} down, the share of 分值 it earns
 */
public record ExecutionRule(Kind kind, int scale, List<Band> bands) {

    /** The two ways editions score the rate. */
    public enum Kind { PROPORTIONAL, BANDS }

    /** A band of the execution rate: from {@code minRate} (a fraction, 0.8 = 80 %) up, {@code share} of 分值. */
    public record Band(BigDecimal minRate, BigDecimal share) {
        public Band {
            Objects.requireNonNull(minRate, "minRate");
            Objects.requireNonNull(share, "share");
        }
    }

    /** Decimals kept in the rate itself before it is shown as a percentage. */
    public static final int RATE_SCALE = 10;

    public ExecutionRule {
        Objects.requireNonNull(kind, "kind");
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (kind == Kind.BANDS && bands.isEmpty()) {
            throw new IllegalArgumentException("a BANDS rule needs bands");
        }
    }

    /** The rate as a fraction (0.6426… for 64.26 %), or {@code null} without a positive budget or an amount spent. */
    public static BigDecimal rate(BigDecimal budget, BigDecimal executed) {
        if (budget == null || executed == null || budget.signum() <= 0) {
            return null;
        }
        return executed.divide(budget, RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** The rate as printed: a percentage with two decimals (64.26 for 64.26 %). */
    public static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** The score for a rate (a fraction) against the 分值, or {@code null} for no rate. */
    public BigDecimal score(BigDecimal rate, BigDecimal weight) {
        if (rate == null || weight == null) {
            return null;
        }
        BigDecimal r = rate.max(BigDecimal.ZERO);
        if (kind == Kind.PROPORTIONAL) {
            // Capped after rounding too: whole-point rounding must not lift 0.5 of a 0.5-point weight to 1.
            return weight.multiply(r).min(weight).setScale(scale, RoundingMode.HALF_UP).min(weight);
        }
        for (Band band : bands) {
            if (r.compareTo(band.minRate()) >= 0) {
                return weight.multiply(band.share()).setScale(StandardScorer.SCALE, RoundingMode.HALF_UP);
            }
        }
        return BigDecimal.ZERO.setScale(StandardScorer.SCALE);
    }
}
