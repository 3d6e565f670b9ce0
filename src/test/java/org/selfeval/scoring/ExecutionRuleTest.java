package org.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionRuleTest {

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** The rate as the preset prints it and its score against {@code weight}. */
    private String figures(String preset, String budget, String executed, String weight) {
        Profile p = catalog.require(preset);
        BigDecimal rate = ExecutionRule.rate(d(budget), d(executed));
        return ExecutionRule.percent(rate, p.rounding().rate()).toPlainString() + " "
                + p.execution().score(d(budget), d(executed), d(weight), p.rounding().executionScore()).toPlainString();
    }

    @ParameterizedTest(name = "{0}: {2} / {1} of {3} → {4}")
    @CsvSource({
            // the two Beijing reference forms
            "beijing-2021,        351.59,  225.938,  10, 64.26 6.43",
            "beijing-2021,        112.511, 69.6559,  10, 61.91 6.19",
            "beijing-2021,        100,     120,      10, 120.00 10.00",
            "beijing-2021,        100,     0,        10, 0.00 0.00",
            "beijing-2021,        3,       1,        10, 33.33 3.33",
            // the Shanghai forms in 元: 215457.6 / 250000 = 86.18304 %
            "yuan-no-leader,      250000,  215457.6, 10, 86.18 8.62",
            "yuan-no-leader,      20000,   9034,     10, 45.17 4.52",
            // the Anhui form: 9 × 27.8 / 29 = 8.627… printed 8
            "whole-points-down,   29,      27.8,     9,  95.86 8",
            // the Hebei form: 37.24 / 43.2 → 86 %, 9
            "whole-points,        43.2,    37.24,    10, 86 9",
            "central-2020,        351.59,  225.938,  10, 64.26 6",
            "central-2020,        100,     65,       10, 65.00 7",
            // whole points never lift a half-point weight above itself
            "whole-points,        100,     100,      0.5, 100 0",
    })
    void presetsRoundAsTheirFormsPrint(String preset, String budget, String executed, String weight, String out) {
        assertEquals(out, figures(preset, budget, executed, weight));
    }

    @Test
    void roundingDownComputesFromTheAmountsSoAWholeThirdIsNotLost() {
        Profile down = catalog.require("whole-points-down");
        assertEquals(d("1"), down.execution().score(d("3"), d("1"), d("3"), down.rounding().executionScore()));
    }

    @Test
    void roundingUpGivesThePrintedShanghaiRate() {
        BigDecimal rate = ExecutionRule.rate(d("250000"), d("215457.6"));
        assertEquals(d("86.19"), ExecutionRule.percent(rate, new Rounding(2, Rounding.Mode.UP)));
        assertEquals(d("86.18"), ExecutionRule.percent(rate, new Rounding(2, Rounding.Mode.DOWN)));
    }

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({"100, 10.00", "120, 10.00", "99.99, 7.00", "80, 7.00", "79.9, 5.00", "60, 5.00", "59.99, 0.00",
            "0, 0.00"})
    void document101ScoresTheRateInBands(String percent, String score) {
        Profile doc101 = catalog.require("central-2021-101");
        assertEquals(d(score), doc101.execution().score(d("100"), d(percent), BigDecimal.TEN,
                doc101.rounding().executionScore()));
    }

    @Test
    void noBudgetNoRate() {
        assertNull(ExecutionRule.rate(null, d("1")));
        assertNull(ExecutionRule.rate(BigDecimal.ZERO, d("1")));
        assertNull(ExecutionRule.rate(d("10"), null));
        assertNull(catalog.defaultProfile().execution().score(null, d("1"), BigDecimal.TEN, Rounding.CENTS));
    }

    @Test
    void gradesFollowArticleEighteen() {
        assertEquals(Grade.EXCELLENT, Grade.of(d("95.43")));
        assertEquals(Grade.EXCELLENT, Grade.of(d("90")));
        assertEquals(Grade.GOOD, Grade.of(d("89.99")));
        assertEquals(Grade.GOOD, Grade.of(d("80")));
        assertEquals(Grade.FAIR, Grade.of(d("60")));
        assertEquals(Grade.POOR, Grade.of(d("59.99")));
        assertEquals("优", Grade.of(d("95.19")).label());
    }
}
