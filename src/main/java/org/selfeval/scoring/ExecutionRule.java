package org.selfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How an edition scores the budget execution rate (执行率 = 全年执行数 / the edition's denominator).
 *
 * @param kind  {@link Kind#PROPORTIONAL}: 分值 × 执行率, capped at 分值 (Beijing: the reference forms 6.43 and
 *              6.19); {@link Kind#BANDS}: a fixed share of 分值 per band of the rate (财预〔2021〕101号)
 * @param bands for {@link Kind#BANDS}: from the highest {@code minRate} down, the share of 分值 it earns
 */
public record ExecutionRule(Kind kind, List<Band> bands) {

    /** The two ways editions score the rate. */
    public enum Kind { PROPORTIONAL, BANDS }

    /** A band of the execution rate: from {@code minRate} (a fraction, 0.8 = 80 %) up, {@code share} of 分值. */
    public record Band(BigDecimal minRate, BigDecimal share) {
        public Band {
            Objects.requireNonNull(minRate, "minRate");
            Objects.requireNonNull(share, "share");
        }
    }

    /**
     * Decimals kept in the rate itself. Enough that rounding the percentage to two decimals in any mode gives
     * what exact arithmetic gives: a percentage exactly on a rounding step is a fraction of at most 4 decimals.
     */
    public static final int RATE_SCALE = 16;
    private static final int SCORE_SCALE = 16;

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

    /** The rate as printed: a percentage rounded by {@code rounding} (64.26 for 64.26 %). */
    public static BigDecimal percent(BigDecimal rate, Rounding rounding) {
        return rounding.apply(rate.movePointRight(2));
    }

    /**
     * The score for the amounts against the 分值, or {@code null} without a rate. The proportional score is
     * computed from the amounts, not from a rounded rate, so that 3 × 1 / 3 rounded down is 1, not 0.
     */
    public BigDecimal score(BigDecimal budget, BigDecimal executed, BigDecimal weight, Rounding rounding) {
        BigDecimal rate = rate(budget, executed);
        if (rate == null || weight == null) {
            return null;
        }
        if (kind == Kind.PROPORTIONAL) {
            BigDecimal raw = weight.multiply(executed.max(BigDecimal.ZERO)).divide(budget, SCORE_SCALE,
                    RoundingMode.HALF_UP);
            return rounding.applyCapped(raw.min(weight), weight);
        }
        BigDecimal r = rate.max(BigDecimal.ZERO);
        for (Band band : bands) {
            if (r.compareTo(band.minRate()) >= 0) {
                return rounding.applyCapped(weight.multiply(band.share()), weight);
            }
        }
        return rounding.apply(BigDecimal.ZERO);
    }
}
