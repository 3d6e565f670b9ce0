package org.selfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The scoring rules of 财预〔2020〕10号 第十六条 as systems in use compute them (FORM.md §2):
 * 正向 B ≥ A → w, else round(B / A × w); 反向 B ≤ A → w, A &lt; B &lt; 2A → round((1 − (B − A) / A) × w),
 * B ≥ 2A → 0; 等于 met → w, else as 正向; a negative B counts as 0; 定性 by tier. Suggestions are rounded
 * by the edition's indicator rounding (Beijing: half-up to cents).
 */
public final class StandardScorer implements IndicatorScorer {

    private static final BigDecimal OVERSHOOT = new BigDecimal("1.3");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int DIVISION_SCALE = 12;
    private static final Set<String> MONEY = Set.of("元", "千元", "万元", "亿元");

    private final Rounding rounding;

    /** The rules with Beijing's rounding: half-up to cents. */
    public StandardScorer() {
        this(Rounding.CENTS);
    }

    /** The rules with suggestions rounded by {@code rounding}. */
    public StandardScorer(Rounding rounding) {
        this.rounding = java.util.Objects.requireNonNull(rounding, "rounding");
    }

    @Override
    public Suggestion suggest(ParsedValue target, ParsedValue actual, String targetText, String actualText,
                              BigDecimal weight, Tier chosenTier) {
        if (weight == null || weight.signum() <= 0 || target.kind() == ParsedValue.Kind.EMPTY
                || (actual.kind() == ParsedValue.Kind.EMPTY && chosenTier == null)) {
            return Suggestion.NONE;
        }
        if (target.isNumber() && actual.isNumber() && chosenTier == null) {
            return numeric(target, actual, weight);
        }
        Tier tier = chosenTier != null ? chosenTier : TierReading.infer(targetText, actualText);
        if (tier == null) {
            return new Suggestion(null, Suggestion.Basis.QUALITATIVE, null, false);
        }
        return new Suggestion(round(weight.multiply(tier.suggestedFraction()), weight),
                Suggestion.Basis.QUALITATIVE, tier, false);
    }

    private Suggestion numeric(ParsedValue target, ParsedValue actual, BigDecimal weight) {
        BigDecimal a = target.value();
        BigDecimal b = inTargetUnit(actual, target).max(BigDecimal.ZERO);
        if (target.unit().equals("月") && target.year() == null && actual.year() != null && actual.unit().equals("月")) {
            b = actual.value(); // ≤11月 against 2022.11月: compare months within the year
        }
        return switch (target.relationOrDefault()) {
            case AT_LEAST -> atLeast(a, b, weight, Suggestion.Basis.AT_LEAST);
            case EQUAL -> b.compareTo(a) == 0
                    ? new Suggestion(round(weight, weight), Suggestion.Basis.EQUAL, null, false)
                    : atLeast(a, b, weight, Suggestion.Basis.EQUAL);
            case AT_MOST -> atMost(a, b, weight);
        };
    }

    private Suggestion atLeast(BigDecimal a, BigDecimal b, BigDecimal weight, Suggestion.Basis basis) {
        if (b.compareTo(a) >= 0) {
            boolean overshoot = a.signum() > 0 && b.compareTo(a.multiply(OVERSHOOT)) >= 0;
            return new Suggestion(round(weight, weight), basis, null, overshoot);
        }
        BigDecimal score = a.signum() <= 0 ? BigDecimal.ZERO : weight.multiply(b).divide(a, DIVISION_SCALE,
                RoundingMode.HALF_UP);
        return new Suggestion(round(score, weight), basis, null, false);
    }

    private Suggestion atMost(BigDecimal a, BigDecimal b, BigDecimal weight) {
        if (b.compareTo(a) <= 0) {
            return new Suggestion(round(weight, weight), Suggestion.Basis.AT_MOST, null, false);
        }
        if (a.signum() <= 0 || b.compareTo(a.multiply(TWO)) >= 0) {
            return new Suggestion(round(BigDecimal.ZERO, weight), Suggestion.Basis.AT_MOST, null, false);
        }
        // (1 − (B − A) / A) × w = (2A − B) / A × w
        BigDecimal score = weight.multiply(a.multiply(TWO).subtract(b)).divide(a, DIVISION_SCALE,
                RoundingMode.HALF_UP);
        return new Suggestion(round(score, weight), Suggestion.Basis.AT_MOST, null, false);
    }

    /** The actual's value expressed in the target's unit where both are money (元 and 万元). */
    private static BigDecimal inTargetUnit(ParsedValue actual, ParsedValue target) {
        if (MONEY.contains(actual.unit()) && MONEY.contains(target.unit()) && !actual.unit().equals(target.unit())) {
            return actual.value().multiply(yuan(actual.unit())).divide(yuan(target.unit()), DIVISION_SCALE,
                    RoundingMode.HALF_UP);
        }
        return actual.value();
    }

    private static BigDecimal yuan(String unit) {
        return switch (unit) {
            case "千元" -> BigDecimal.valueOf(1_000);
            case "万元" -> BigDecimal.valueOf(10_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> BigDecimal.ONE;
        };
    }

    /** Rounds a suggestion by the edition's rule, never above the weight: whole points of 0.5 must not give 1. */
    private BigDecimal round(BigDecimal score, BigDecimal weight) {
        return rounding.applyCapped(score, weight);
    }
}
