package org.selfeval.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.selfeval.i18n.Messages;
import org.selfeval.i18n.Messages.Official;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.model.FundsRow;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.RowId;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.Suggestion;
import org.selfeval.scoring.Tier;

/**
 * Finds what is wrong or doubtful in a form, with the rules of 财预〔2020〕10号 (第十一条, 第十三条, 第十六条,
 * 第二十六条) and the edition's lists; docs/scoring.md lists every check and its severity.
 */
public final class FormChecker {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;

    public FormChecker(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Every problem of the form, most serious first, then in the order of the form. */
    public List<Problem> check(FormModel form) {
        List<Problem> found = new ArrayList<>();
        checkHeader(form, found);
        checkFunds(form, found);
        checkWeights(form, found);
        for (int i = 0; i < form.indicators().size(); i++) {
            IndicatorRow row = form.indicators().get(i);
            checkIndicator(form.profile(), row, new RowAt(row.id(), i), found);
        }
        found.sort(Comparator.comparing(Problem::severity));
        return List.copyOf(found);
    }

    private void checkHeader(FormModel form, List<Problem> found) {
        if (form.getYear() == null) {
            found.add(field(Severity.ERROR, FormField.YEAR, "check.header.missing"));
        }
        required(form.projectNameProperty().get(), FormField.PROJECT_NAME, Severity.ERROR, found);
        required(form.departmentProperty().get(), FormField.DEPARTMENT, Severity.ERROR, found);
        required(form.implementingUnitProperty().get(), FormField.IMPLEMENTING_UNIT, Severity.ERROR, found);
        if (form.profile().hasLeaderRow()) {
            required(form.projectLeaderProperty().get(), FormField.PROJECT_LEADER, Severity.WARNING, found);
            required(form.phoneProperty().get(), FormField.PHONE, Severity.WARNING, found);
        }
        required(form.expectedGoalProperty().get(), FormField.EXPECTED_GOAL, Severity.WARNING, found);
        required(form.achievedGoalProperty().get(), FormField.ACHIEVED_GOAL, Severity.WARNING, found);
    }

    /**
     * A 万元 form whose budget reads like 元 (a project of a billion 元 is rare; an amount typed in the wrong unit
     * is not): the score does not change, but every printed amount is off by ten thousand.
     */
    private void checkUnit(FormModel form, List<Problem> found) {
        FundsRow total = form.funds(FundsLine.TOTAL);
        BigDecimal budget = total.budget();
        if (WAN_YUAN.equals(form.profile().amountUnit()) && budget != null
                && budget.compareTo(YUAN_LIKE_BUDGET) >= 0) {
            found.add(new Problem(Severity.WARNING, new Location.Funds(FundsLine.TOTAL, total.budgetColumn()),
                    messages.get("check.funds.unitLooksLikeYuan", plain(budget),
                            new Official(form.profile().amountUnit()), new Official(YUAN))));
        }
    }

    private void required(String value, FormField field, Severity severity, List<Problem> found) {
        if (isBlank(value)) {
            found.add(field(severity, field, "check.header.missing"));
        }
    }

    private static final String WAN_YUAN = "万元";
    private static final String YUAN = "元";

    /** From this 万元 amount up, the figures were most likely typed in 元 (100,000 万元 is a billion 元). */
    private static final BigDecimal YUAN_LIKE_BUDGET = BigDecimal.valueOf(100_000);

    private void checkFunds(FormModel form, List<Problem> found) {
        FundsRow total = form.funds(FundsLine.TOTAL);
        if (total.budget() == null) {
            found.add(new Problem(Severity.ERROR, new Location.Funds(FundsLine.TOTAL, total.budgetColumn()),
                    messages.get("check.funds.noBudget", messages.get("fundsColumn." + total.budgetColumn().name()),
                            new Official(form.profile().fundRowLabels().get(FundsLine.TOTAL.ordinal()),
                                    "fundsLine." + FundsLine.TOTAL.name()))));
        }
        checkUnit(form, found);
        for (FundsLine line : FundsLine.values()) {
            FundsRow row = form.funds(line);
            for (FundsColumn column : FundsColumn.values()) {
                BigDecimal amount = row.amountProperty(column).get();
                if (amount != null && amount.signum() < 0) {
                    found.add(new Problem(Severity.ERROR, new Location.Funds(line, column),
                            messages.get("check.funds.negative")));
                }
            }
            BigDecimal budget = row.budget();
            BigDecimal executed = row.executedProperty().get();
            if (budget != null && executed != null && executed.compareTo(budget) > 0) {
                found.add(new Problem(Severity.WARNING, new Location.Funds(line, FundsColumn.EXECUTED),
                        messages.get("check.funds.overBudget", plain(executed), plain(budget))));
            }
        }
        for (FundsColumn column : FundsColumn.values()) {
            BigDecimal stated = total.amountProperty(column).get();
            BigDecimal parts = null;
            for (FundsLine line : List.of(FundsLine.CURRENT_YEAR, FundsLine.CARRIED_OVER, FundsLine.OTHER)) {
                BigDecimal amount = form.funds(line).amountProperty(column).get();
                if (amount != null) {
                    parts = parts == null ? amount : parts.add(amount);
                }
            }
            if (stated != null && parts != null && stated.compareTo(parts) != 0) {
                found.add(new Problem(Severity.WARNING, new Location.Funds(FundsLine.TOTAL, column),
                        messages.get("check.funds.partsDiffer", plain(stated), plain(parts))));
            }
        }
    }

    private void checkWeights(FormModel form, List<Problem> found) {
        BigDecimal sum = form.weightTotalBinding().get();
        if (sum.compareTo(HUNDRED) != 0) {
            found.add(field(Severity.ERROR, FormField.WEIGHTS, "check.weights.sum", plain(sum)));
        }
        if (form.executionWeightProperty().get() == null) {
            found.add(field(Severity.ERROR, FormField.EXECUTION_WEIGHT, "check.header.missing"));
        }
    }

    /** A row with nothing typed into it but its 二级指标. */
    private static boolean isUntouched(IndicatorRow row) {
        return isBlank(row.getName()) && isBlank(row.getTarget()) && isBlank(row.getActual())
                && row.getWeight() == null && row.getEnteredScore() == null && row.getChosenTier() == null
                && isBlank(row.getReason());
    }

    private void checkIndicator(Profile profile, IndicatorRow row, RowAt at, List<Problem> found) {
        String level1 = row.getLevel1();
        if (profile.level(level1).isEmpty()) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.LEVEL1, "check.level1.unknown",
                    new Official(nullToEmpty(level1)), new Official(profile.name())));
        } else if (!profile.allows(level1, row.getLevel2())) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.LEVEL2, "check.level2.notAllowed",
                    new Official(nullToEmpty(row.getLevel2())), new Official(level1),
                    new Official(profile.name())));
        }
        if (isUntouched(row)) {
            // A new form's rows, or one just inserted: one finding instead of five about the same empty row. An
            // error still: an empty row has no weight, and the official sheet would carry it blank.
            found.add(cell(Severity.ERROR, at, IndicatorColumn.NAME, "check.indicator.empty"));
            return;
        }
        if (isBlank(row.getName())) {
            found.add(cell(Severity.HINT, at, IndicatorColumn.NAME, "check.indicator.noName"));
        }
        if (isBlank(row.getTarget())) {
            found.add(cell(Severity.WARNING, at, IndicatorColumn.TARGET, "check.indicator.noTarget"));
        }
        if (isBlank(row.getActual())) {
            found.add(cell(Severity.WARNING, at, IndicatorColumn.ACTUAL, "check.indicator.noActual"));
        }
        BigDecimal weight = row.getWeight();
        if (weight == null) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.WEIGHT, "check.indicator.noWeight"));
            return;
        }
        if (weight.signum() < 0) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.WEIGHT, "check.indicator.negativeWeight"));
            return;
        }
        checkScore(row, at, weight, found);
    }

    private void checkScore(IndicatorRow row, RowAt at, BigDecimal weight, List<Problem> found) {
        BigDecimal score = row.getScore();
        Suggestion suggestion = row.getSuggestion();
        if (score == null) {
            String key = suggestion.basis() == Suggestion.Basis.QUALITATIVE
                    ? "check.score.chooseTier" : "check.score.missing";
            found.add(cell(Severity.WARNING, at, IndicatorColumn.SCORE, key));
            return;
        }
        if (score.compareTo(weight) > 0) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.SCORE, "check.score.aboveWeight",
                    plain(score), plain(weight)));
        }
        if (score.signum() < 0) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.SCORE, "check.score.negative"));
        }
        boolean explained = !isBlank(row.getReason());
        if (score.compareTo(weight) < 0 && !explained) {
            found.add(cell(Severity.ERROR, at, IndicatorColumn.REASON, "check.reason.belowWeight",
                    plain(score), plain(weight)));
        }
        if (suggestion.overshoot() && !explained) {
            found.add(cell(Severity.WARNING, at, IndicatorColumn.REASON, "check.reason.overshoot"));
        }
        Tier tier = suggestion.tier();
        if (tier != null && row.isManual() && !tier.contains(score, weight) && score.signum() >= 0
                && score.compareTo(weight) <= 0) {
            Severity severity = row.getChosenTier() != null ? Severity.ERROR : Severity.WARNING;
            found.add(cell(severity, at, IndicatorColumn.SCORE, "check.score.outsideTier",
                    messages.get("tier." + tier.name()), plain(tier.low(weight)), plain(tier.high(weight))));
        }
    }

    private Problem field(Severity severity, FormField field, String key, Object... args) {
        Object[] withName = new Object[args.length + 1];
        withName[0] = messages.get(field.messageKey());
        System.arraycopy(args, 0, withName, 1, args.length);
        return new Problem(severity, new Location.Field(field), messages.get(key, withName));
    }

    private Problem cell(Severity severity, RowAt row, IndicatorColumn column, String key, Object... args) {
        return new Problem(severity, new Location.Cell(row.id(), row.place(), column), messages.get(key, args));
    }

    /** The row being checked: its id, and its place in the form now. */
    private record RowAt(RowId id, int place) {
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A figure as printed in a message: no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
