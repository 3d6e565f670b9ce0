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

    @ParameterizedTest(name = "{1} / {0} → {2} %, {3}")
    @CsvSource({
            // the two reference forms
            "351.59,  225.938, 64.26, 6.43",
            "112.511, 69.6559, 61.91, 6.19",
            "100,     100,     100.00, 10.00",
            "100,     120,     120.00, 10.00",
            "100,     0,       0.00,   0.00",
            "3,       1,       33.33,  3.33",
    })
    void beijingScoresTheRateProportionallyToTwoDecimals(String budget, String executed, String percent,
                                                         String score) {
        ExecutionRule rule = catalog.find("beijing-2021").orElseThrow().execution();
        BigDecimal rate = ExecutionRule.rate(d(budget), d(executed));
        assertEquals(d(percent), ExecutionRule.percent(rate));
        assertEquals(d(score), rule.score(rate, BigDecimal.TEN));
    }

    @Test
    void theCentralEditionRoundsToWholePoints() {
        ExecutionRule rule = catalog.find("central-2020").orElseThrow().execution();
        assertEquals(d("6"), rule.score(ExecutionRule.rate(d("351.59"), d("225.938")), BigDecimal.TEN));
        assertEquals(d("7"), rule.score(ExecutionRule.rate(d("100"), d("65")), BigDecimal.TEN));
    }

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({"100, 10.00", "120, 10.00", "99.99, 7.00", "80, 7.00", "79.9, 5.00", "60, 5.00", "59.99, 0.00",
            "0, 0.00"})
    void document101ScoresTheRateInBands(String percent, String score) {
        ExecutionRule rule = catalog.find("central-2021-101").orElseThrow().execution();
        BigDecimal rate = d(percent).movePointLeft(2);
        assertEquals(d(score), rule.score(rate, BigDecimal.TEN));
    }

    @Test
    void noBudgetNoRate() {
        assertNull(ExecutionRule.rate(null, d("1")));
        assertNull(ExecutionRule.rate(BigDecimal.ZERO, d("1")));
        assertNull(ExecutionRule.rate(d("10"), null));
        assertNull(catalog.defaultProfile().execution().score(null, BigDecimal.TEN));
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
