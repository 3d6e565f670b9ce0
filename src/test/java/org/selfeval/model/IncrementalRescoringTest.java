package org.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selfeval.Fixtures;
import org.selfeval.io.FormMapper;
import org.selfeval.scoring.IndicatorScorer;
import org.selfeval.scoring.ParsedValue;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.StandardScorer;
import org.selfeval.scoring.Suggestion;
import org.selfeval.scoring.Tier;

/** An edit rescores the edited indicator and the totals, and nothing else. */
class IncrementalRescoringTest {

    /** The standard rules, counting how often they are asked. */
    private static final class CountingScorer implements IndicatorScorer {
        final AtomicInteger calls = new AtomicInteger();
        private final StandardScorer rules = new StandardScorer();

        @Override
        public Suggestion suggest(ParsedValue target, ParsedValue actual, String targetText, String actualText,
                                  BigDecimal weight, Tier chosenTier) {
            calls.incrementAndGet();
            return rules.suggest(target, actual, targetText, actualText, weight, chosenTier);
        }
    }

    private CountingScorer scorer;
    private FormModel form;

    @BeforeEach
    void loadThe2021Form() {
        scorer = new CountingScorer();
        FormModel loaded = new FormMapper(ProfileCatalog.builtIn()).toModel(Fixtures.document(Fixtures.FORM_2021));
        form = new FormModel(loaded.profile(), scorer);
        form.funds(FundsLine.TOTAL).annualBudgetProperty().set(new BigDecimal("351.59"));
        form.funds(FundsLine.TOTAL).executedProperty().set(new BigDecimal("225.938"));
        for (IndicatorRow source : loaded.indicators()) {
            IndicatorRow row = form.newIndicator();
            row.level1Property().set(source.getLevel1());
            row.level2Property().set(source.getLevel2());
            row.targetProperty().set(source.getTarget());
            row.actualProperty().set(source.getActual());
            row.weightProperty().set(source.getWeight());
            row.chosenTierProperty().set(source.getChosenTier());
            row.enteredScoreProperty().set(source.getEnteredScore());
            form.indicators().add(row);
        }
    }

    @Test
    void loadingScoresEachRowOnceAndRowsWithATypedScoreNotAtAll() {
        long suggested = form.indicators().stream().filter(r -> !r.isManual()).count();
        assertEquals(form.indicators().size() - 1, suggested, "the 2021 form has one typed score");
        assertEquals(suggested, scorer.calls.get());
        assertEquals(new BigDecimal("95.43"), form.getTotal());
    }

    @Test
    void changingOneActualRescoresThatRowOnly() {
        scorer.calls.set(0);
        IndicatorRow surveys = form.indicators().get(0); // 15个 → 28个, weight 1
        surveys.actualProperty().set("5个");
        assertEquals(new BigDecimal("94.76"), form.getTotal()); // 1 → round(5/15 × 1, 2) = 0.33
        assertEquals(1, scorer.calls.get());
        assertEquals(new BigDecimal("48.33"), form.subtotalProperty("产出指标").get());
    }

    @Test
    void readingTheTotalsAgainCostsNothing() {
        scorer.calls.set(0);
        form.getTotal();
        form.getGrade();
        form.subtotalProperty("效益指标").get();
        assertEquals(0, scorer.calls.get());
    }

    @Test
    void anEnteredScoreOrAHeaderEditDoesNotRescoreAnyIndicator() {
        scorer.calls.set(0);
        form.indicators().get(3).enteredScoreProperty().set(new BigDecimal("1.5"));
        form.projectNameProperty().set("另一个项目");
        form.funds(FundsLine.TOTAL).executedProperty().set(new BigDecimal("351.59"));
        assertEquals(new BigDecimal("98.50"), form.getTotal()); // 10 + 89 − 0.5
        assertEquals(0, scorer.calls.get());
    }

    @Test
    void movingARowToAnotherLevelMovesItsScoreBetweenSubtotals() {
        IndicatorRow last = form.indicators().get(form.indicators().size() - 1); // 满意度, 10 of 10
        last.level1Property().set("效益指标");
        assertEquals(new BigDecimal("0"), form.subtotalProperty("满意度指标").get().stripTrailingZeros());
        assertEquals(0, new BigDecimal("40").compareTo(form.subtotalProperty("效益指标").get()));
        assertEquals(0, new BigDecimal("40").compareTo(form.weightSubtotalProperty("效益指标").get()));
        assertEquals(new BigDecimal("95.43"), form.getTotal());
    }

    @Test
    void removingAndAddingRowsKeepsTheSums() {
        IndicatorRow removed = form.indicators().remove(0);
        assertEquals(new BigDecimal("94.43"), form.getTotal());
        assertEquals(0, new BigDecimal("99").compareTo(form.weightTotalBinding().get()));
        form.indicators().add(5, removed);
        assertEquals(new BigDecimal("95.43"), form.getTotal());
        removed.actualProperty().set("0个");
        assertEquals(new BigDecimal("94.43"), form.getTotal(), "a row put back is followed again");
    }
}
