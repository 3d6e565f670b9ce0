package org.selfeval.model;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.selfeval.scoring.ExecutionRule;

/** One row of the 项目资金 block: 年初预算数, 全年预算数, 全年执行数 and the execution rate derived from them. */
public final class FundsRow {

    private final ObjectProperty<BigDecimal> initialBudget = new SimpleObjectProperty<>(this, "initialBudget");
    private final ObjectProperty<BigDecimal> annualBudget = new SimpleObjectProperty<>(this, "annualBudget");
    private final ObjectProperty<BigDecimal> executed = new SimpleObjectProperty<>(this, "executed");
    private final ObjectBinding<BigDecimal> rate = Bindings.createObjectBinding(
            () -> ExecutionRule.rate(annualBudget.get(), executed.get()), annualBudget, executed);

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

    /** 执行率 as a fraction (全年执行数 / 全年预算数), {@code null} without a budget. */
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
