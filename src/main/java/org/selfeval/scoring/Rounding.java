package org.selfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a printed figure is rounded: to 0–2 decimals, half-up, down or up. Real forms differ here (Beijing
 * rounds half-up to cents, an Anhui form rounds down to whole points), so every edition states its own.
 *
 * @param decimals digits kept after the point, 0–2
 * @param mode     how the dropped digits are treated
 */
public record Rounding(int decimals, Mode mode) {

    /** The rounding modes found on published forms. */
    public enum Mode {
        HALF_UP(RoundingMode.HALF_UP), DOWN(RoundingMode.DOWN), UP(RoundingMode.UP);

        private final RoundingMode java;

        Mode(RoundingMode java) {
            this.java = java;
        }

        public RoundingMode java() {
            return java;
        }
    }

    /** The most decimals any rule keeps. */
    public static final int MAX_DECIMALS = 2;

    /** Half-up to cents: the Beijing reference forms. */
    public static final Rounding CENTS = new Rounding(2, Mode.HALF_UP);

    public Rounding {
        Objects.requireNonNull(mode, "mode");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", not " + decimals);
        }
    }

    /** The value rounded by this rule. */
    public BigDecimal apply(BigDecimal value) {
        return value.setScale(decimals, mode.java());
    }

    /**
     * The value rounded by this rule but never above {@code cap}: then the cap rounded down, so that whole points
     * of a 0.5-point weight give 0, not 1.
     */
    public BigDecimal applyCapped(BigDecimal value, BigDecimal cap) {
        BigDecimal rounded = apply(value);
        return rounded.compareTo(cap) > 0 ? cap.setScale(decimals, RoundingMode.DOWN) : rounded;
    }

    /**
     * The rounding rules of one edition.
     *
     * @param rate           the 执行率 as printed, in percent (64.26 %)
     * @param executionScore the 执行率's 得分
     * @param indicator      the suggested score of an indicator
     */
    public record Rules(Rounding rate, Rounding executionScore, Rounding indicator) {
        public Rules {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(executionScore, "executionScore");
            Objects.requireNonNull(indicator, "indicator");
        }
    }
}
