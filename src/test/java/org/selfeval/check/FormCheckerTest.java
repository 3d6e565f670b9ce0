package org.selfeval.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selfeval.Fixtures;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.RowId;
import org.selfeval.scoring.Tier;

class FormCheckerTest {

    private final FormChecker checker = new FormChecker(Messages.chinese());
    private FormModel form;

    @BeforeEach
    void loadThe2022Form() {
        form = Fixtures.model(Fixtures.FORM_2022);
    }

    private List<Problem> problemsAt(Location location) {
        return checker.check(form).stream().filter(p -> p.location().equals(location)).toList();
    }

    private Problem onlyProblemAt(Location location) {
        List<Problem> found = problemsAt(location);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    /** A cell of the row now at {@code place}, as the checks name it. */
    private Location cell(int place, IndicatorColumn column) {
        return new Location.Cell(row(place).id(), place, column);
    }

    private IndicatorRow row(int index) {
        return form.indicators().get(index);
    }

    @Test
    void anUntouchedRowIsOneErrorAndOnceTypedIntoItIsCheckedInFull() {
        IndicatorRow empty = form.newIndicator();
        empty.level1Property().set("产出指标");
        empty.level2Property().set("数量指标");
        form.indicators().add(empty);
        int at = form.indicators().size() - 1;
        List<Problem> found = checker.check(form).stream()
                .filter(p -> p.location() instanceof Location.Cell c && c.place() == at).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.get(0).severity(), "an empty row cannot go into the official sheet");
        assertEquals(cell(at, IndicatorColumn.NAME), found.get(0).location());
        assertTrue(found.get(0).message().contains("还没有填写"), found.get(0).message());

        empty.nameProperty().set("培训人次");
        List<Problem> typed = checker.check(form).stream()
                .filter(p -> p.location() instanceof Location.Cell c && c.place() == at).toList();
        assertTrue(typed.stream().anyMatch(p -> p.location().equals(cell(at, IndicatorColumn.WEIGHT))
                && p.severity() == Severity.ERROR), typed.toString());
        assertTrue(typed.stream().anyMatch(p -> p.location().equals(cell(at, IndicatorColumn.TARGET))));
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreAnError() {
        row(0).weightProperty().set(new BigDecimal("3"));
        Problem p = onlyProblemAt(new Location.Field(FormField.WEIGHTS));
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("101"), p.message());
        row(0).weightProperty().set(new BigDecimal("2"));
        assertTrue(problemsAt(new Location.Field(FormField.WEIGHTS)).isEmpty());
    }

    @Test
    void aScoreAboveItsWeightOrNegativeIsAnError() {
        row(0).enteredScoreProperty().set(new BigDecimal("2.5"));
        Problem above = onlyProblemAt(cell(0, IndicatorColumn.SCORE));
        assertEquals(Severity.ERROR, above.severity());
        assertEquals("得分 2.5 超过分值 2。", above.message());
        row(0).enteredScoreProperty().set(new BigDecimal("-1"));
        assertTrue(problemsAt(cell(0, IndicatorColumn.SCORE)).stream()
                .anyMatch(p -> p.message().equals("得分不能为负数。")));
    }

    @Test
    void aScoreBelowItsWeightNeedsAReason() {
        row(1).actualProperty().set("2次"); // ≥3次 → 2/3 of 1 point
        Problem p = onlyProblemAt(cell(1, IndicatorColumn.REASON));
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("0.67"), p.message());
        row(1).reasonProperty().set("会议延期至次年一季度召开。");
        assertTrue(problemsAt(cell(1, IndicatorColumn.REASON)).isEmpty());
    }

    @Test
    void aQualitativeScoreOutsideItsTierIsFlagged() {
        IndicatorRow graded = row(10); // 优良中低差 / 优，达成年度指标, weight 5
        graded.enteredScoreProperty().set(new BigDecimal("3"));
        graded.reasonProperty().set("说明");
        Problem inferred = onlyProblemAt(cell(10, IndicatorColumn.SCORE));
        assertEquals(Severity.WARNING, inferred.severity(), "the tier was only read from the actual");
        graded.chosenTierProperty().set(Tier.MET);
        assertEquals(Severity.ERROR, onlyProblemAt(cell(10, IndicatorColumn.SCORE)).severity());
        graded.chosenTierProperty().set(Tier.PARTIAL);
        assertTrue(problemsAt(cell(10, IndicatorColumn.SCORE)).isEmpty(), "3 of 5 is 部分达成");
    }

    @Test
    void anOvershootWithoutExplanationIsAWarning() {
        Problem p = onlyProblemAt(cell(1, IndicatorColumn.REASON)); // ≥3次 → 5次
        assertEquals(Severity.WARNING, p.severity());
        row(1).reasonProperty().set("需求超出预期。");
        assertTrue(problemsAt(cell(1, IndicatorColumn.REASON)).isEmpty());
    }

    @Test
    void spendingAboveTheBudgetIsAWarning() {
        form.funds(FundsLine.CURRENT_YEAR).executedProperty().set(new BigDecimal("120"));
        Problem p = onlyProblemAt(new Location.Funds(FundsLine.CURRENT_YEAR, FundsColumn.EXECUTED));
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("120") && p.message().contains("112.511"), p.message());
    }

    @Test
    void subRowsThatDoNotAddUpToTheTotalAreAWarning() {
        assertTrue(problemsAt(new Location.Funds(FundsLine.TOTAL, FundsColumn.INITIAL_BUDGET)).isEmpty());
        form.funds(FundsLine.OTHER).initialBudgetProperty().set(new BigDecimal("5"));
        Problem p = onlyProblemAt(new Location.Funds(FundsLine.TOTAL, FundsColumn.INITIAL_BUDGET));
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("117.511"), p.message());
    }

    @Test
    void missingHeaderFieldsAreReported() {
        form.projectNameProperty().set(" ");
        form.phoneProperty().set("");
        assertEquals(Severity.ERROR, onlyProblemAt(new Location.Field(FormField.PROJECT_NAME)).severity());
        assertEquals("联系电话未填写。", onlyProblemAt(new Location.Field(FormField.PHONE)).message());
    }

    @Test
    void aSecondLevelMustBelongToItsFirstLevelInTheEdition() {
        row(0).level2Property().set("社会效益指标");
        Problem p = onlyProblemAt(cell(0, IndicatorColumn.LEVEL2));
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("社会效益指标") && p.message().contains("产出指标"), p.message());
        row(0).level1Property().set("成果指标");
        assertEquals(Severity.ERROR, onlyProblemAt(cell(0, IndicatorColumn.LEVEL1)).severity());
    }

    @Test
    void errorsComeFirst() {
        row(0).enteredScoreProperty().set(new BigDecimal("9"));
        List<Problem> all = checker.check(form);
        assertEquals(Severity.ERROR, all.get(0).severity());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).severity().compareTo(all.get(i).severity()) <= 0);
        }
    }

    @Test
    void aCellIsNamedByItsRowsIdAndSaysTheRowsPlaceNow() {
        IndicatorRow second = row(1);
        assertNotEquals(row(0).id(), second.id(), "each row has an id of its own");
        second.enteredScoreProperty().set(new BigDecimal("0.5")); // below its weight of 1, no reason: a problem at REASON
        second.reasonProperty().set("");
        form.indicators().add(0, form.indicators().remove(1)); // moved to the top
        Problem p = checker.check(form).stream().filter(q -> q.location() instanceof Location.Cell c
                && c.row().equals(second.id()) && c.column() == IndicatorColumn.REASON).findFirst().orElseThrow();
        assertEquals(new Location.Cell(second.id(), 0, IndicatorColumn.REASON), p.location());
        assertEquals("第1行指标·偏差原因分析及改进措施", p.location().describe(Messages.chinese(), form.profile()));
    }

    @Test
    void locationsSayWhereInPlainWords() {
        Messages zh = Messages.chinese();
        assertEquals("第3行指标·得分",
                new Location.Cell(new RowId(7), 2, IndicatorColumn.SCORE).describe(zh, form.profile()));
        assertEquals("项目资金·年度资金总额·全年执行数",
                new Location.Funds(FundsLine.TOTAL, FundsColumn.EXECUTED).describe(zh, form.profile()));
        Location current = new Location.Funds(FundsLine.CURRENT_YEAR, FundsColumn.EXECUTED);
        assertEquals("项目资金·其中:当年财政拨款·全年执行数", current.describe(zh, form.profile()),
                "the row as the edition labels it");
        assertEquals("Funds · of which: appropriation · Spent",
                current.describe(Messages.forLocale(java.util.Locale.ENGLISH), form.profile()));
        assertEquals("Indicator row 3 · Score",
                new Location.Cell(new RowId(7), 2, IndicatorColumn.SCORE)
                        .describe(Messages.forLocale(java.util.Locale.ENGLISH), form.profile()));
    }

    @Test
    void aWanYuanFormWithAmountsThatLookLikeYuanIsWarnedNamingTheUnit() {
        Location budget = new Location.Funds(FundsLine.TOTAL, FundsColumn.ANNUAL_BUDGET);
        assertTrue(problemsAt(budget).isEmpty(), problemsAt(budget).toString());
        form.funds(FundsLine.TOTAL).annualBudgetProperty().set(new BigDecimal("250000"));
        form.funds(FundsLine.TOTAL).executedProperty().set(new BigDecimal("215457.6"));
        form.funds(FundsLine.CURRENT_YEAR).annualBudgetProperty().set(new BigDecimal("250000"));
        form.funds(FundsLine.CURRENT_YEAR).executedProperty().set(new BigDecimal("215457.6"));
        Problem p = onlyProblemAt(budget);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("万元") && p.message().contains("250000"), p.message());
        form.rulesProperty().set(form.profile().withUnit("元"));
        assertTrue(problemsAt(budget).isEmpty(), "in a 元 form the same amount is ordinary");
    }

    @Test
    void aFormWithoutAnnualBudgetColumnNeedsTheInitialBudget() {
        form.rulesProperty().set(form.profile().withDenominator(org.selfeval.scoring.Profile.Denominator.INITIAL_BUDGET));
        form.funds(FundsLine.TOTAL).initialBudgetProperty().set(null);
        Problem p = onlyProblemAt(new Location.Funds(FundsLine.TOTAL, FundsColumn.INITIAL_BUDGET));
        assertTrue(p.message().contains("年初预算数"), p.message());
    }
}
