package org.selfeval.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.scoring.ExecutionRule;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.Rounding;
import org.selfeval.scoring.StandardScorer;
import org.selfeval.scoring.Suggestion;
import org.selfeval.scoring.ValueParser;

/**
 * Reads a form's rules off an imported sheet, starting from a preset: the title, unit, leader row, funds labels
 * and denominator as printed, and each rounding where the printed figures fit one rule better than the preset's.
 * Every rule taken from the sheet becomes a note, so the officer sees what was assumed.
 */
final class RulesInference {

    private final FormSheetReader sheet;
    private final List<ImportNote> notes;

    RulesInference(FormSheetReader sheet, List<ImportNote> notes) {
        this.sheet = sheet;
        this.notes = notes;
    }

    /** The preset's rules adjusted to what the sheet shows. */
    Profile infer(Profile preset) {
        Profile rules = preset;
        if (sheet.title != null && !sheet.title.isEmpty() && !sheet.title.equals(rules.title())) {
            rules = rules.withTitle(sheet.title);
            notes.add(new ImportNote("", "xlsx.note.inferred.title", sheet.title));
        }
        if (sheet.unit != null && !sheet.unit.equals(rules.amountUnit())) {
            rules = rules.withUnit(sheet.unit);
            notes.add(new ImportNote("", "xlsx.note.inferred.unit", new Messages.Official(sheet.unit)));
        }
        if (sheet.leaderRowFound != rules.hasLeaderRow()) {
            rules = rules.withLeaderRow(sheet.leaderRowFound);
            notes.add(new ImportNote("", sheet.leaderRowFound ? "xlsx.note.inferred.leaderRow"
                    : "xlsx.note.inferred.noLeaderRow"));
        }
        rules = fundLabels(rules);
        if (!sheet.funds.isEmpty() && !sheet.annualBudgetColumn
                && rules.denominator() != Profile.Denominator.INITIAL_BUDGET) {
            rules = rules.withDenominator(Profile.Denominator.INITIAL_BUDGET);
            notes.add(new ImportNote("", "xlsx.note.inferred.initialBudget"));
        }
        return roundings(rules);
    }

    private Profile fundLabels(Profile rules) {
        List<String> labels = new ArrayList<>(rules.fundRowLabels());
        for (FundsLine line : FundsLine.values()) {
            String printed = sheet.fundLabels.get(line);
            if (printed != null && !Labels.key(printed).equals(Labels.key(labels.get(line.ordinal())))) {
                labels.set(line.ordinal(), printed);
            }
        }
        if (labels.equals(rules.fundRowLabels())) {
            return rules;
        }
        notes.add(new ImportNote("", "xlsx.note.inferred.fundLabels", String.join("、", labels)));
        return new Profile(rules.id(), rules.name(), rules.title(), rules.amountUnit(), rules.amountScale(),
                rules.hasLeaderRow(), labels, rules.fundRowAliases(), rules.denominator(), rules.executionWeight(),
                rules.execution(), rules.rounding(), rules.levels());
    }

    private Profile roundings(Profile rules) {
        Rounding.Rules r = rules.rounding();
        Rounding rate = r.rate();
        Rounding score = r.executionScore();
        Rounding indicator = r.indicator();
        BigDecimal budget = budget(rules);
        BigDecimal executed = amount(FundsColumn.EXECUTED);
        BigDecimal rawRate = ExecutionRule.rate(budget, executed);
        if (rawRate != null && sheet.printedRate != null) {
            rate = best(rate, c -> fits(ExecutionRule.percent(rawRate, c), sheet.printedRate));
        }
        BigDecimal weight = sheet.executionWeight != null ? sheet.executionWeight : rules.executionWeight();
        if (rawRate != null && sheet.printedExecutionScore != null) {
            ExecutionRule rule = rules.execution();
            score = best(score, c -> fits(rule.score(budget, executed, weight, c), sheet.printedExecutionScore));
        }
        indicator = best(indicator, this::indicatorsFitting);
        Rounding.Rules inferred = new Rounding.Rules(rate, score, indicator);
        if (inferred.equals(r)) {
            return rules;
        }
        note("xlsx.note.inferred.rateRounding", r.rate(), rate);
        note("xlsx.note.inferred.scoreRounding", r.executionScore(), score);
        note("xlsx.note.inferred.indicatorRounding", r.indicator(), indicator);
        return rules.withRounding(inferred);
    }

    private void note(String key, Rounding before, Rounding after) {
        if (!before.equals(after)) {
            notes.add(new ImportNote("", key, after.decimals(),
                    new Messages.Phrase("rounding.mode." + after.mode().name())));
        }
    }

    /** How many numeric indicators' printed scores the suggestions rounded by {@code rounding} give. */
    private int indicatorsFitting(Rounding rounding) {
        StandardScorer scorer = new StandardScorer(rounding);
        int fitting = 0;
        for (FormSheetReader.RawIndicator row : sheet.indicators) {
            if (row.score() == null) {
                continue;
            }
            Suggestion s = scorer.suggest(ValueParser.parse(row.target()), ValueParser.parse(row.actual()),
                    row.target(), row.actual(), row.weight(), null);
            if (s.score() != null && s.basis() != Suggestion.Basis.QUALITATIVE
                    && fits(s.score(), row.score()) == 1) {
                fitting++;
            }
        }
        return fitting;
    }

    /**
     * The rounding that explains the most printed figures; the preset's own unless another explains more. Among
     * equals, the preset's mode with other decimals comes first, then half-up, down, up.
     */
    private static Rounding best(Rounding preset, Function<Rounding, Integer> fitting) {
        int bestCount = fitting.apply(preset);
        Rounding best = preset;
        for (Rounding candidate : candidates(preset)) {
            int count = fitting.apply(candidate);
            if (count > bestCount) {
                bestCount = count;
                best = candidate;
            }
        }
        return best;
    }

    private static int fits(BigDecimal computed, BigDecimal printed) {
        return computed != null && computed.compareTo(printed) == 0 ? 1 : 0;
    }

    private static Set<Rounding> candidates(Rounding preset) {
        Set<Rounding> all = new LinkedHashSet<>();
        for (int d = Rounding.MAX_DECIMALS; d >= 0; d--) {
            all.add(new Rounding(d, preset.mode()));
        }
        for (Rounding.Mode mode : Rounding.Mode.values()) {
            for (int d = Rounding.MAX_DECIMALS; d >= 0; d--) {
                all.add(new Rounding(d, mode));
            }
        }
        return all;
    }

    private BigDecimal budget(Profile rules) {
        return amount(rules.denominator() == Profile.Denominator.INITIAL_BUDGET
                ? FundsColumn.INITIAL_BUDGET : FundsColumn.ANNUAL_BUDGET);
    }

    private BigDecimal amount(FundsColumn column) {
        var total = sheet.funds.get(FundsLine.TOTAL);
        return total == null ? null : total.get(column);
    }
}
