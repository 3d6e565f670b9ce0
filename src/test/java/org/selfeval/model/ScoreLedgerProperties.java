package org.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.selfeval.scoring.ProfileCatalog;

/** Whatever edits are made, the running sums equal a full recount. */
class ScoreLedgerProperties {

    private static final List<String> LEVELS = List.of("产出指标", "效益指标", "满意度指标");

    /** One edit, encoded as (operation, row, value). */
    record Edit(int op, int row, int value) {
    }

    @Property(tries = 300)
    void runningSumsEqualAFullRecount(@ForAll("editLists") List<Edit> edits) {
        FormModel form = new FormModel(ProfileCatalog.builtIn().defaultProfile());
        for (Edit e : edits) {
            apply(form, e);
            BigDecimal recount = form.indicators().stream().map(IndicatorRow::getScore).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal weights = form.indicators().stream().map(IndicatorRow::getWeight).filter(Objects::nonNull)
                    .reduce(BigDecimal.TEN, BigDecimal::add);
            assertEquals(0, recount.compareTo(form.getTotal()), "after " + e);
            assertEquals(0, weights.compareTo(form.weightTotalBinding().get()), "after " + e);
            for (String level : LEVELS) {
                BigDecimal levelSum = form.indicators().stream().filter(r -> level.equals(r.getLevel1()))
                        .map(IndicatorRow::getScore).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, levelSum.compareTo(form.subtotalProperty(level).get()), level + " after " + e);
            }
        }
    }

    private static void apply(FormModel form, Edit e) {
        List<IndicatorRow> rows = form.indicators();
        if (e.op() == 0 || rows.isEmpty()) {
            IndicatorRow row = form.newIndicator();
            row.level1Property().set(LEVELS.get(e.value() % 3));
            row.targetProperty().set("≥" + (e.value() % 7 + 1) + "个");
            row.actualProperty().set(e.value() % 9 + "个");
            row.weightProperty().set(BigDecimal.valueOf(e.value() % 6));
            rows.add(Math.min(e.row(), rows.size()), row);
            return;
        }
        IndicatorRow row = rows.get(e.row() % rows.size());
        switch (e.op()) {
            case 1 -> rows.remove(row);
            case 2 -> row.actualProperty().set(e.value() % 11 + "个");
            case 3 -> row.weightProperty().set(e.value() % 4 == 0 ? null : BigDecimal.valueOf(e.value() % 9));
            case 4 -> row.level1Property().set(LEVELS.get(e.value() % 3));
            case 5 -> row.enteredScoreProperty().set(e.value() % 3 == 0 ? null : new BigDecimal(e.value() % 5 + ".5"));
            case 6 -> form.indicators().setAll(rows.stream().sorted((a, b) -> Integer.compare(b.hashCode(), a.hashCode())).toList());
            default -> row.targetProperty().set(e.value() % 2 == 0 ? "优良中低差" : "≤" + e.value() % 5 + "天");
        }
    }

    @Provide
    Arbitrary<List<Edit>> editLists() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 1000)).as(Edit::new)
                .list().ofMaxSize(60);
    }
}
