package org.selfeval.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.selfeval.scoring.ExecutionRule;
import org.selfeval.scoring.Grade;
import org.selfeval.scoring.IndicatorScorer;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.StandardScorer;

/**
 * The form being edited, as JavaFX properties: header, 项目资金, 年度总体目标 and the indicator rows, with
 * the derived figures (执行率 and its score, subtotals, 总分, grade, weight sum) as bindings that follow
 * every edit. Properties and bindings need no FX thread, so the command line and tests use it too.
 */
public final class FormModel {

    private final ObjectProperty<Profile> rules = new SimpleObjectProperty<>(this, "rules");
    private final ObservableValue<? extends IndicatorScorer> scorer;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final StringProperty projectName = new SimpleStringProperty(this, "projectName", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty implementingUnit = new SimpleStringProperty(this, "implementingUnit", "");
    private final StringProperty projectLeader = new SimpleStringProperty(this, "projectLeader", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final Map<FundsLine, FundsRow> funds = new EnumMap<>(FundsLine.class);
    private final ObjectProperty<BigDecimal> executionWeight = new SimpleObjectProperty<>(this, "executionWeight");
    private final StringProperty expectedGoal = new SimpleStringProperty(this, "expectedGoal", "");
    private final StringProperty achievedGoal = new SimpleStringProperty(this, "achievedGoal", "");
    private final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList();
    /** The id the last row made got; the next gets one more. */
    private long lastRowId;

    private final ScoreLedger ledger;
    private final ObjectBinding<BigDecimal> executionScore;
    private final ObjectBinding<BigDecimal> total;
    private final ObjectBinding<BigDecimal> weightTotal;
    private final ObjectBinding<Grade> grade;

    /** An empty form of the given rules, its indicators scored by the standard rules with the rules' rounding. */
    public FormModel(Profile profile) {
        this(profile, null);
    }

    /** An empty form whose indicators are scored by {@code fixedScorer}, whatever the rules' rounding. */
    public FormModel(Profile profile, IndicatorScorer fixedScorer) {
        rules.set(Objects.requireNonNull(profile, "profile"));
        scorer = fixedScorer != null ? new SimpleObjectProperty<>(fixedScorer)
                : rules.map(p -> new StandardScorer(p.rounding().indicator()));
        ObservableValue<Profile.Denominator> denominator = rules.map(Profile::denominator);
        for (FundsLine line : FundsLine.values()) {
            funds.put(line, new FundsRow(denominator));
        }
        executionWeight.set(profile.executionWeight());
        ledger = new ScoreLedger(indicators);
        FundsRow totalRow = funds.get(FundsLine.TOTAL);
        executionScore = Bindings.createObjectBinding(
                () -> rules.get().execution().score(totalRow.budget(), totalRow.executedProperty().get(),
                        executionWeight.get(), rules.get().rounding().executionScore()),
                totalRow.rateBinding(), executionWeight, rules);
        total = Bindings.createObjectBinding(() -> {
            BigDecimal execution = executionScore.get();
            BigDecimal sum = ledger.scoreSumProperty().get();
            return execution == null ? sum : sum.add(execution);
        }, executionScore, ledger.scoreSumProperty());
        weightTotal = Bindings.createObjectBinding(() -> {
            BigDecimal w = executionWeight.get();
            BigDecimal sum = ledger.weightSumProperty().get();
            return w == null ? sum : sum.add(w);
        }, executionWeight, ledger.weightSumProperty());
        grade = Bindings.createObjectBinding(() -> Grade.of(total.get()), total);
    }

    /** A new indicator row scored like the others, with an id of its own, not yet in the form. */
    public IndicatorRow newIndicator() {
        return new IndicatorRow(new RowId(++lastRowId), scorer);
    }

    /** The form's rules now (an edition preset, or the officer's changes to one). */
    public Profile profile() {
        return rules.get();
    }

    /** The form's rules; setting them rescores every figure at once. */
    public ObjectProperty<Profile> rulesProperty() {
        return rules;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty projectNameProperty() {
        return projectName;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty implementingUnitProperty() {
        return implementingUnit;
    }

    public StringProperty projectLeaderProperty() {
        return projectLeader;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** One row of the 项目资金 block. */
    public FundsRow funds(FundsLine line) {
        return funds.get(line);
    }

    /** The 分值 of the execution rate (10 in every edition so far). */
    public ObjectProperty<BigDecimal> executionWeightProperty() {
        return executionWeight;
    }

    public StringProperty expectedGoalProperty() {
        return expectedGoal;
    }

    public StringProperty achievedGoalProperty() {
        return achievedGoal;
    }

    /** The 绩效指标 rows in printed order. */
    public ObservableList<IndicatorRow> indicators() {
        return indicators;
    }

    /** The 得分 of the execution rate, per the edition's rule; {@code null} without a budget. */
    public ObjectBinding<BigDecimal> executionScoreBinding() {
        return executionScore;
    }

    /** A row's 执行率 as printed, in percent by the rules' rounding (64.26); {@code null} for no rate. */
    public BigDecimal shownPercent(BigDecimal rate) {
        return rate == null ? null : ExecutionRule.percent(rate, rules.get().rounding().rate());
    }

    /** 总分: the execution rate's score plus every indicator's score. */
    public ObjectBinding<BigDecimal> totalBinding() {
        return total;
    }

    public ObjectBinding<Grade> gradeBinding() {
        return grade;
    }

    /** All weights together, execution rate included: must be 100. */
    public ObjectBinding<BigDecimal> weightTotalBinding() {
        return weightTotal;
    }

    /** The sum of the scores of the indicators under one 一级指标. */
    public ReadOnlyObjectProperty<BigDecimal> subtotalProperty(String level1) {
        return ledger.scoreOf(level1);
    }

    /** The sum of the weights of the indicators under one 一级指标. */
    public ReadOnlyObjectProperty<BigDecimal> weightSubtotalProperty(String level1) {
        return ledger.weightOf(level1);
    }

    public BigDecimal getTotal() {
        return total.get();
    }

    public Grade getGrade() {
        return grade.get();
    }

    public Integer getYear() {
        return year.get();
    }

    public String getProjectName() {
        return projectName.get();
    }
}
