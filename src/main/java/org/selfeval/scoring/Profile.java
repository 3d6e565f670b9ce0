package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of one form, as data: everything in which published forms differ (docs/scoring.md §1). A preset
 * ships in {@code profiles.json} ({@link ProfileCatalog}); a form file keeps its own copy, which the officer may
 * change; an edition file hands one out.
 *
 * @param id              the preset these rules come from ({@code beijing-2021}), stored in form files
 * @param name            the edition's name as shown to the officer
 * @param title           the form's printed title
 * @param amountUnit      the unit of the 项目资金 block: 万元 or 元
 * @param amountScale     decimals with which amounts are printed (万元: 6, 元: 2)
 * @param hasLeaderRow    whether the 项目负责人 / 联系电话 row exists
 * @param fundRowLabels   the four labels of the 项目资金 rows, in order
 * @param fundRowAliases  for each of the four rows, other labels that name it on forms (read by import)
 * @param denominator     the column the 执行率 divides by
 * @param executionWeight the default 分值 of the execution rate
 * @param execution       how the execution rate is scored
 * @param rounding        how the rate, its score and the indicator suggestions are rounded
 * @param levels          the 一级指标 with their default weights and allowed 二级指标
 */
public record Profile(String id, String name, String title, String amountUnit, int amountScale,
                      boolean hasLeaderRow, List<String> fundRowLabels, List<List<String>> fundRowAliases,
                      Denominator denominator, BigDecimal executionWeight, ExecutionRule execution,
                      Rounding.Rules rounding, List<Level> levels) {

    /** The units an edition may print amounts in. */
    public static final Set<String> UNITS = Set.of("万元", "元");

    /** What the 执行率 is divided by: 全年预算数, or 年初预算数 on forms without a 全年预算数 column. */
    public enum Denominator { ANNUAL_BUDGET, INITIAL_BUDGET }

    /** A 一级指标 of the edition, its default weight and the 二级指标 allowed under it. */
    public record Level(String name, BigDecimal weight, List<String> secondLevels) {
        public Level {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            secondLevels = List.copyOf(secondLevels);
        }
    }

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(executionWeight, "executionWeight");
        Objects.requireNonNull(levels, "levels");
        if (!UNITS.contains(amountUnit)) {
            throw new IllegalArgumentException("amountUnit must be 万元 or 元, not " + amountUnit);
        }
        if (amountScale < 0 || amountScale > 6) {
            throw new IllegalArgumentException("amountScale must be 0 to 6, not " + amountScale);
        }
        fundRowLabels = List.copyOf(Objects.requireNonNull(fundRowLabels, "fundRowLabels"));
        if (fundRowLabels.size() != 4) {
            throw new IllegalArgumentException("fundRowLabels: the 项目资金 block has four rows");
        }
        List<List<String>> aliases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            aliases.add(fundRowAliases == null || i >= fundRowAliases.size() || fundRowAliases.get(i) == null
                    ? List.of() : List.copyOf(fundRowAliases.get(i)));
        }
        fundRowAliases = List.copyOf(aliases);
        denominator = denominator == null ? Denominator.ANNUAL_BUDGET : denominator;
        levels = List.copyOf(levels);
        BigDecimal sum = levels.stream().map(Level::weight).reduce(executionWeight, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException("default weights add up to " + sum + ", not 100");
        }
    }

    /** The 一级指标 of that name, if the edition has it. */
    public Optional<Level> level(String levelName) {
        return levels.stream().filter(l -> l.name().equals(levelName)).findFirst();
    }

    /** Whether the edition allows this 二级指标 under this 一级指标. */
    public boolean allows(String levelName, String secondLevel) {
        return level(levelName).map(l -> l.secondLevels().contains(secondLevel)).orElse(false);
    }

    /** These rules with another title. */
    public Profile withTitle(String newTitle) {
        return new Profile(id, name, newTitle, amountUnit, amountScale, hasLeaderRow, fundRowLabels, fundRowAliases,
                denominator, executionWeight, execution, rounding, levels);
    }

    /** These rules in another unit, printed with that unit's decimals (万元 6, 元 2). */
    public Profile withUnit(String unit) {
        return new Profile(id, name, title, unit, unit.equals("元") ? 2 : 6, hasLeaderRow, fundRowLabels,
                fundRowAliases, denominator, executionWeight, execution, rounding, levels);
    }

    /** These rules with or without the 项目负责人 / 联系电话 row. */
    public Profile withLeaderRow(boolean leaderRow) {
        return new Profile(id, name, title, amountUnit, amountScale, leaderRow, fundRowLabels, fundRowAliases,
                denominator, executionWeight, execution, rounding, levels);
    }

    /** These rules with another denominator of the 执行率. */
    public Profile withDenominator(Denominator newDenominator) {
        return new Profile(id, name, title, amountUnit, amountScale, hasLeaderRow, fundRowLabels, fundRowAliases,
                newDenominator, executionWeight, execution, rounding, levels);
    }

    /** These rules with other roundings. */
    public Profile withRounding(Rounding.Rules newRounding) {
        return new Profile(id, name, title, amountUnit, amountScale, hasLeaderRow, fundRowLabels, fundRowAliases,
                denominator, executionWeight, execution, newRounding, levels);
    }

    /** Whether these are the rules of {@code preset} under another name, id or nothing else changed. */
    public boolean sameRulesAs(Profile preset) {
        return withIdentity(preset.id(), preset.name()).equals(preset);
    }

    /** These rules under another id and name (an edition file saved from a form). */
    public Profile withIdentity(String newId, String newName) {
        return new Profile(newId, newName, title, amountUnit, amountScale, hasLeaderRow, fundRowLabels,
                fundRowAliases, denominator, executionWeight, execution, rounding, levels);
    }
}
