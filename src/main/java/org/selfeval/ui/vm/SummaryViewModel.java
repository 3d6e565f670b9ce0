package org.selfeval.ui.vm;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.model.FundsLine;

/** The summary bar: 执行率 and its 得分, 总分, grade, the weight sum (must be 100) and the count of problems. */
public final class SummaryViewModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FormModel form;
    private final Messages messages;
    private final ProblemsViewModel problems;

    SummaryViewModel(FormModel form, Messages messages, ProblemsViewModel problems) {
        this.form = form;
        this.messages = messages;
        this.problems = problems;
    }

    /** 执行率 of 年度资金总额 ({@code 61.91%}), or a dash without a budget. */
    public ObservableValue<String> executionRate() {
        var rate = form.funds(FundsLine.TOTAL).rateBinding();
        return Bindings.createStringBinding(
                () -> rate.get() == null ? "—" : FundsViewModel.percent(form, rate.get()), rate, form.rulesProperty());
    }

    /** The form's edition: the preset's name, marked when the officer changed a rule of it. */
    public ObservableValue<String> edition() {
        return Bindings.createStringBinding(() -> {
            Profile rules = form.profile();
            boolean changed = ProfileCatalog.builtIn().find(rules.id()).map(p -> !rules.sameRulesAs(p)).orElse(false);
            String name = messages.official(rules.name());
            return changed ? messages.get("editor.summary.editionChanged", name) : name;
        }, form.rulesProperty());
    }

    public ObservableValue<String> executionScore() {
        var score = form.executionScoreBinding();
        return Bindings.createStringBinding(() -> score.get() == null ? "—" : Figures.plain(score.get()), score);
    }

    public ObservableValue<String> total() {
        return Bindings.createStringBinding(() -> Figures.plain(form.getTotal()), form.totalBinding());
    }

    /** 优 / 良 / 中 / 差. */
    public ObservableValue<String> grade() {
        return Bindings.createStringBinding(() -> messages.get("editor.grade." + form.getGrade().name()),
                form.gradeBinding());
    }

    public ObservableValue<String> weightTotal() {
        return Bindings.createStringBinding(() -> Figures.plain(form.weightTotalBinding().get()),
                form.weightTotalBinding());
    }

    /** Whether the weights add up to 100. */
    public BooleanBinding weightsOk() {
        return Bindings.createBooleanBinding(() -> form.weightTotalBinding().get().compareTo(HUNDRED) == 0,
                form.weightTotalBinding());
    }

    /** 问题 3（错误 1）. */
    public ObservableValue<String> problemCount() {
        return Bindings.createStringBinding(() -> messages.get("editor.summary.problems",
                problems.problems().size(), problems.errorCountProperty().get()),
                problems.revisionProperty());
    }
}
