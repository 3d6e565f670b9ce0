package org.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is typed, a suggested score lies between 0 and the indicator's weight. */
class ScoreBoundsProperties {

    private final StandardScorer scorer = new StandardScorer();

    @Property(tries = 3000)
    void aSuggestionNeverExceedsTheWeightNorGoesNegative(@ForAll("cellText") String target,
                                                         @ForAll("cellText") String actual,
                                                         @ForAll("weights") BigDecimal weight,
                                                         @ForAll("tiers") Tier tier) {
        Suggestion s = scorer.suggest(ValueParser.parse(target), ValueParser.parse(actual), target, actual, weight,
                tier);
        if (s.score() != null) {
            assertTrue(s.score().signum() >= 0, () -> target + " / " + actual + " → " + s.score());
            assertTrue(s.score().compareTo(weight) <= 0, () -> target + " / " + actual + " → " + s.score());
        }
    }

    @Property(tries = 2000)
    void theExecutionScoreNeverExceedsItsWeightNorGoesNegative(@ForAll("amounts") BigDecimal budget,
                                                               @ForAll("amounts") BigDecimal executed,
                                                               @ForAll("weights") BigDecimal weight) {
        for (Profile profile : ProfileCatalog.builtIn().all()) {
            BigDecimal score = profile.execution().score(budget, executed, weight,
                    profile.rounding().executionScore());
            if (score != null) {
                assertTrue(score.signum() >= 0 && score.compareTo(weight) <= 0, profile.id() + ": " + score);
            }
        }
    }

    @Provide
    Arbitrary<String> cellText() {
        Arbitrary<String> comparator = Arbitraries.of("", "≥", "≤", ">", "<", "=", ">=", "<=", "＞＝", "不低于", "不超过",
                "大于", "低于", "满意度大于", "全年执行数");
        Arbitrary<String> number = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000"))
                .ofScale(3).map(BigDecimal::toPlainString);
        Arbitrary<String> unit = Arbitraries.of("", "%", "个", "万元", "元", "月", "天", "以上", "以内", "次完成");
        Arbitrary<String> figure = Combinators.combine(comparator, number, unit).as((c, n, u) -> c + n + u);
        Arbitrary<String> words = Arbitraries.of("优良中低差", "优，达成年度指标", "部分达成", "未达成", "中", "", "及时",
                "2022.11月完成", "2021年1月-3月完成");
        return Arbitraries.oneOf(figure, figure, words, Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<BigDecimal> weights() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-10"), new BigDecimal("100000")).ofScale(6);
    }

    @Provide
    Arbitrary<Tier> tiers() {
        return Arbitraries.of(Tier.class).injectNull(0.7);
    }
}
