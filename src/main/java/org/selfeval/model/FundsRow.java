package org.selfeval.model;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.selfeval.scoring.ExecutionRule;
import org.selfeval.scoring.Profile;

/** One row of the 项目资金 block: 年初预算数, 全年预算数, 全年执行数 and the execution rate derived from them. */
public final class FundsRow {

    private final ObjectProperty<BigDecimal> initialBudget = new SimpleObjectProperty<>(this, "initialBudget");
    private final ObjectProperty<BigDecimal> annualBudget = new SimpleObjectProperty<>(this, "annualBudget");
    private final ObjectProperty<BigDecimal> executed = new SimpleObjectProperty<>(this, "executed");
    private final ObservableValue<Profile.Denominator> denominator;
    private final ObjectBinding<BigDecimal> rate;

    /** A row whose rate divides by 全年预算数. */
    public FundsRow() {
        this(new SimpleObjectProperty<>(Profile.Denominator.ANNUAL_BUDGET));
    }

    /** A row whose rate divides by the column the form's rules name. */
    public FundsRow(ObservableValue<Profile.Denominator> denominator) {
        this.denominator = denominator;
        rate = Bindings.createObjectBinding(() -> ExecutionRule.rate(budget(), executed.get()),
                annualBudget, initialBudget, executed, denominator);
    }

    /** The amount the rate divides by: 全年预算数, or 年初预算数 where the form has no 全年预算数 column. */
    public BigDecimal budget() {
        return amountProperty(budgetColumn()).get();
    }

    /** The column the rate divides by. */
    public FundsColumn budgetColumn() {
        return denominator.getValue() == Profile.Denominator.INITIAL_BUDGET
                ? FundsColumn.INITIAL_BUDGET : FundsColumn.ANNUAL_BUDGET;
    }

    /** 年初预算数. */
    public ObjectProperty<BigDecimal> initialBudgetProperty() {
        return initialBudget;
    }

    /** 全年预算数. */
    public ObjectProperty<BigDecimal> annualBudgetProperty() {
        return annualBudget;
    }

    /** 全年执行数. */
    public ObjectProperty<BigDecimal> executedProperty() {
        return executed;
    }

    /** 执行率 as a fraction (全年执行数 / {@link #budget()}), {@code null} without a budget. */
    public ObjectBinding<BigDecimal> rateBinding() {
        return rate;
    }

    /** The amount in one of the three columns. */
    public ObjectProperty<BigDecimal> amountProperty(FundsColumn column) {
        return switch (column) {
            case INITIAL_BUDGET -> initialBudget;
            case ANNUAL_BUDGET -> annualBudget;
            case EXECUTED -> executed;
        };
    }

    public boolean isEmpty() {
        return initialBudget.get() == null && annualBudget.get() == null && executed.get() == null;
    }
}
