package org.selfeval.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Running sums of the indicators' scores and weights, overall and per 一级指标. Each row reports its own
 * changes as a difference (old → new), so one edit costs one subtraction and one addition however many
 * rows the form has: the sums are never recomputed by walking the table.
 */
final class ScoreLedger {

    private final ReadOnlyObjectWrapper<BigDecimal> scoreSum = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final ReadOnlyObjectWrapper<BigDecimal> weightSum = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final Map<String, ReadOnlyObjectWrapper<BigDecimal>> scoreByLevel = new HashMap<>();
    private final Map<String, ReadOnlyObjectWrapper<BigDecimal>> weightByLevel = new HashMap<>();
    private final Map<IndicatorRow, Tracker> trackers = new IdentityHashMap<>();

    ScoreLedger(ObservableList<IndicatorRow> rows) {
        rows.forEach(this::track);
        rows.addListener((ListChangeListener<IndicatorRow>) change -> {
            while (change.next()) {
                if (change.wasPermutated()) {
                    continue; // order does not change a sum
                }
                change.getRemoved().forEach(this::untrack);
                change.getAddedSubList().forEach(this::track);
            }
        });
    }

    ReadOnlyObjectProperty<BigDecimal> scoreSumProperty() {
        return scoreSum.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> weightSumProperty() {
        return weightSum.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> scoreOf(String level1) {
        return sumFor(scoreByLevel, level1).getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> weightOf(String level1) {
        return sumFor(weightByLevel, level1).getReadOnlyProperty();
    }

    private static ReadOnlyObjectWrapper<BigDecimal> sumFor(Map<String, ReadOnlyObjectWrapper<BigDecimal>> sums,
                                                             String level1) {
        return sums.computeIfAbsent(level1 == null ? "" : level1, k -> new ReadOnlyObjectWrapper<>(BigDecimal.ZERO));
    }

    private void track(IndicatorRow row) {
        if (trackers.containsKey(row)) {
            // The same row object twice in the list (a permutation reported as remove + add) is counted once.
            return;
        }
        Tracker tracker = new Tracker(row);
        trackers.put(row, tracker);
        tracker.attach();
    }

    private void untrack(IndicatorRow row) {
        Tracker tracker = trackers.remove(row);
        if (tracker != null) {
            tracker.detach();
        }
    }

    private void add(String level1, BigDecimal score, BigDecimal weight, int sign) {
        BigDecimal s = score == null ? BigDecimal.ZERO : sign < 0 ? score.negate() : score;
        BigDecimal w = weight == null ? BigDecimal.ZERO : sign < 0 ? weight.negate() : weight;
        if (s.signum() != 0) {
            scoreSum.set(scoreSum.get().add(s));
            ReadOnlyObjectWrapper<BigDecimal> level = sumFor(scoreByLevel, level1);
            level.set(level.get().add(s));
        }
        if (w.signum() != 0) {
            weightSum.set(weightSum.get().add(w));
            ReadOnlyObjectWrapper<BigDecimal> level = sumFor(weightByLevel, level1);
            level.set(level.get().add(w));
        }
    }

    /** Follows one row: its score, weight and 一级指标, and books each change as a difference. */
    private final class Tracker {
        private final IndicatorRow row;
        private final ChangeListener<BigDecimal> onScore;
        private final ChangeListener<BigDecimal> onWeight;
        private final ChangeListener<String> onLevel;

        Tracker(IndicatorRow row) {
            this.row = row;
            onScore = (obs, before, after) -> {
                add(row.getLevel1(), before, null, -1);
                add(row.getLevel1(), after, null, +1);
            };
            onWeight = (obs, before, after) -> {
                add(row.getLevel1(), null, before, -1);
                add(row.getLevel1(), null, after, +1);
            };
            onLevel = (obs, before, after) -> {
                add(before, row.getScore(), row.getWeight(), -1);
                add(after, row.getScore(), row.getWeight(), +1);
            };
        }

        void attach() {
            add(row.getLevel1(), row.getScore(), row.getWeight(), +1);
            row.scoreBinding().addListener(onScore);
            row.weightProperty().addListener(onWeight);
            row.level1Property().addListener(onLevel);
        }

        void detach() {
            row.scoreBinding().removeListener(onScore);
            row.weightProperty().removeListener(onWeight);
            row.level1Property().removeListener(onLevel);
            add(row.getLevel1(), row.getScore(), row.getWeight(), -1);
        }
    }
}
