package org.selfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardScorerTest {

    private final StandardScorer scorer = new StandardScorer();

    private Suggestion suggest(String target, String actual, String weight) {
        return suggest(target, actual, weight, null);
    }

    private Suggestion suggest(String target, String actual, String weight, Tier tier) {
        return scorer.suggest(ValueParser.parse(target), ValueParser.parse(actual), target, actual,
                weight == null ? null : new BigDecimal(weight), tier);
    }

    @ParameterizedTest(name = "{0} vs {1}, w={2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            15个    | 28个  | 1  | 1.00  | AT_LEAST
            ≥3个    | 3个   | 2  | 2.00  | AT_LEAST
            ≥3个    | 2个   | 2  | 1.33  | AT_LEAST
            ≥90%    | 45%   | 10 | 5.00  | AT_LEAST
            100%    | 0     | 5  | 0.00  | AT_LEAST
            ≥85%    | -5%   | 10 | 0.00  | AT_LEAST
            20项    | 25项  | 2  | 2.00  | AT_LEAST
            ≤100万元 | 90万元 | 10 | 10.00 | AT_MOST
            ≤100万元 | 100万元 | 10 | 10.00 | AT_MOST
            ≤100万元 | 120万元 | 10 | 8.00  | AT_MOST
            ≤100万元 | 150万元 | 10 | 5.00  | AT_MOST
            ≤100万元 | 200万元 | 10 | 0.00  | AT_MOST
            ≤100万元 | 350万元 | 10 | 0.00  | AT_MOST
            ≤3天    | 4天   | 3  | 2.00  | AT_MOST
            ≤112.511万元 | 全年执行数69.6559万元 | 10 | 10.00 | AT_MOST
            ≤100万元 | 1200000元 | 10 | 8.00 | AT_MOST
            ≤11月   | 2022.11月完成 | 5 | 5.00 | AT_MOST
            ≤11月   | 2022年12月 | 5 | 4.55 | AT_MOST
            =100%   | 100%  | 4  | 4.00  | EQUAL
            =100%   | 95%   | 4  | 3.80  | EQUAL
            """)
    void appliesTheNumericRules(String target, String actual, String weight, BigDecimal expected,
                                Suggestion.Basis basis) {
        Suggestion s = suggest(target, actual, weight);
        assertEquals(basis, s.basis());
        assertEquals(expected, s.score());
    }

    @Test
    void rulesOfTheSpecificationWrittenOut() {
        // 反向 A < B < 2A: round((1 − (B − A) / A) × w, 2) with A = 3, B = 4, w = 7 → (1 − 1/3) × 7 = 4.666… → 4.67
        assertEquals(new BigDecimal("4.67"), suggest("≤3次", "4次", "7").score());
        // 正向 B < A: round(B / A × w, 2) with A = 3, B = 1, w = 5 → 1.666… → 1.67
        assertEquals(new BigDecimal("1.67"), suggest("≥3个", "1个", "5").score());
    }

    @Test
    void flagsAnOvershootOfThirtyPercentOrMore() {
        assertTrue(suggest("15个", "28个", "1").overshoot());
        assertTrue(suggest("≥10个", "13个", "1").overshoot());
        assertFalse(suggest("≥10个", "12个", "1").overshoot());
        assertFalse(suggest("≤10个", "5个", "1").overshoot(), "less is better: no overshoot for 反向");
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            优良中低差 | 优，达成年度指标 | MET | 15.00
            优良中低差 | 中 | PARTIAL | 10.50
            优良中低差 | 差 | NOT_MET | 4.50
            及时 | 部分达成，受疫情影响 | PARTIAL | 10.50
            及时 | 未达成 | NOT_MET | 4.50
            军民科技协同创新平台建设 | 军民科技协同创新平台建设 | MET | 15.00
            ≥3个 | 已完成 | MET | 15.00
            """)
    void readsTheTierOfQualitativeIndicatorsFromTheActual(String target, String actual, Tier tier,
                                                          BigDecimal expected) {
        Suggestion s = suggest(target, actual, "15");
        assertEquals(Suggestion.Basis.QUALITATIVE, s.basis());
        assertEquals(tier, s.tier());
        assertEquals(expected, s.score());
    }

    @Test
    void aChosenTierWinsOverTheWordsOfTheActual() {
        Suggestion s = suggest("优良中低差", "优，达成年度指标", "10", Tier.PARTIAL);
        assertEquals(Tier.PARTIAL, s.tier());
        assertEquals(new BigDecimal("7.00"), s.score());
    }

    @Test
    void aQualitativeIndicatorWithoutATierHasNoSuggestion() {
        Suggestion s = suggest("按计划推进", "推进中", "5");
        assertEquals(Suggestion.Basis.QUALITATIVE, s.basis());
        assertNull(s.score());
    }

    @Test
    void nothingToCompareGivesNoSuggestion() {
        assertNull(suggest("", "5个", "5").score());
        assertNull(suggest("≥3个", "", "5").score());
        assertNull(suggest("≥3个", "3个", null).score());
        assertNull(suggest("≥3个", "3个", "0").score());
    }

    @Test
    void aZeroTargetIsMetByAnythingNotNegative() {
        assertEquals(new BigDecimal("2.00"), suggest("≥0", "0", "2").score());
        assertEquals(new BigDecimal("2.00"), suggest("≤0起", "0起", "2").score());
        assertEquals(new BigDecimal("0.00"), suggest("≤0起", "1起", "2").score());
    }

    @Test
    void tiersHaveTheBandsOfArticleSixteen() {
        BigDecimal w = BigDecimal.TEN;
        assertTrue(Tier.MET.contains(new BigDecimal("8"), w));
        assertTrue(Tier.MET.contains(new BigDecimal("10"), w));
        assertFalse(Tier.MET.contains(new BigDecimal("7.99"), w));
        assertTrue(Tier.PARTIAL.contains(new BigDecimal("6"), w));
        assertFalse(Tier.PARTIAL.contains(new BigDecimal("8"), w));
        assertTrue(Tier.NOT_MET.contains(BigDecimal.ZERO, w));
        assertFalse(Tier.NOT_MET.contains(new BigDecimal("6"), w));
    }
}
