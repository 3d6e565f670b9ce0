package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of the form, as data: what differs between Beijing's, the central 财预〔2020〕10号 and the
 * 财预〔2021〕101号 forms. Loaded from {@code profiles.json} by {@link ProfileCatalog}.
 *
 * @param id              stable identifier stored in form files ({@code beijing-2021})
 * @param name            the edition's name as shown to the officer
 * @param title           the form's printed title
 * @param amountUnit      the unit of the 项目资金 block (万元 or 元)
 * @param amountScale     decimals with which amounts are printed (6 in the reference forms)
 * @param hasLeaderRow    whether the 项目负责人 / 联系电话 row exists
 * @param fundRowLabels   the four labels of the 项目资金 rows, in order
 * @param executionWeight the default 分值 of the execution rate
 * @param execution       how the execution rate is scored
 * @param levels          the 一级指标 with their default weights and allowed 二级指标
 */
public record Profile(String id, String name, String title, String amountUnit, int amountScale,
                      boolean hasLeaderRow, List<String> fundRowLabels, BigDecimal executionWeight,
                      ExecutionRule execution, List<Level> levels) {

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
        Objects.requireNonNull(execution, "execution");
        fundRowLabels = List.copyOf(fundRowLabels);
        levels = List.copyOf(levels);
        if (fundRowLabels.size() != 4) {
            throw new IllegalArgumentException(id + ": the 项目资金 block has four rows");
        }
        BigDecimal sum = levels.stream().map(Level::weight).reduce(executionWeight, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException(id + ": default weights add up to " + sum + ", not 100");
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
}
