package org.selfeval.ui.vm;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.ui.edit.SetValue;

/**
 * The 项目资金 block: four rows of 年初预算数 / 全年预算数 / 全年执行数 as typed, with 分值, 执行率 and 得分
 * computed. Amounts are shown with the edition's decimals (6: {@code 351.590000}).
 */
public final class FundsViewModel {

    private final FormViewModel owner;
    private final FormModel form;

    FundsViewModel(FormViewModel owner) {
        this.owner = owner;
        this.form = owner.form();
    }

    /** The block's caption with its unit: 项目资金（万元）. */
    public String caption() {
        return owner.messages().get("editor.funds.caption", new Messages.Official(owner.profile().amountUnit()));
    }

    /**
     * The row's label: as the edition prints it, in another language by the row's role, the words the problems
     * use for it too.
     */
    public String label(FundsLine line) {
        return owner.messages().official(owner.profile().fundRowLabels().get(line.ordinal()),
                "fundsLine." + line.name());
    }

    public String columnLabel(FundsColumn column) {
        return owner.messages().get("fundsColumn." + column.name());
    }

    /** The amount as shown in its cell. */
    public ObservableValue<String> amount(FundsLine line, FundsColumn column) {
        ObjectProperty<BigDecimal> property = form.funds(line).amountProperty(column);
        int scale = owner.profile().amountScale();
        return Bindings.createStringBinding(() -> Figures.amount(property.get(), scale), property);
    }

    /**
     * Commits a typed amount ({@code 351.59}, {@code ３５１．５９}, {@code 1,234.5}; blank empties the cell).
     *
     * @return a message when the text is not an amount; the cell keeps its old value
     */
    public Optional<String> commitAmount(FundsLine line, FundsColumn column, String text) {
        Figures.Parsed parsed = Figures.parse(text);
        if (parsed.invalid()) {
            return Optional.of(owner.messages().get("editor.error.amount", text.strip()));
        }
        String where = owner.messages().get("location.funds", label(line), columnLabel(column));
        owner.execute(new SetValue<>(form.funds(line).amountProperty(column), parsed.value(),
                owner.messages().get("editor.cmd.edit", where)));
        return Optional.empty();
    }

    /** The 分值 of the execution rate. */
    public ObservableValue<String> executionWeight() {
        return Bindings.createStringBinding(() -> Figures.plain(form.executionWeightProperty().get()),
                form.executionWeightProperty());
    }

    public Optional<String> commitExecutionWeight(String text) {
        Figures.Parsed parsed = Figures.parse(text);
        if (parsed.invalid()) {
            return Optional.of(owner.messages().get("editor.error.number", text.strip()));
        }
        owner.execute(new SetValue<>(form.executionWeightProperty(), parsed.value(),
                owner.messages().get("editor.cmd.edit", owner.messages().get("field.executionWeight"))));
        return Optional.empty();
    }

    /** 执行率 of a row as printed ({@code 61.91%}), empty without a budget. */
    public ObservableValue<String> rate(FundsLine line) {
        var rate = form.funds(line).rateBinding();
        return Bindings.createStringBinding(() -> percent(form, rate.get()), rate, form.rulesProperty());
    }

    /** 得分 of the execution rate (only the 年度资金总额 row has one). */
    public ObservableValue<String> executionScore() {
        return Bindings.createStringBinding(() -> Figures.plain(form.executionScoreBinding().get()),
                form.executionScoreBinding());
    }

    static String percent(FormModel form, BigDecimal rate) {
        return rate == null ? "" : form.shownPercent(rate).toPlainString() + "%";
    }
}
