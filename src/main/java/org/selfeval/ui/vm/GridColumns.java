package org.selfeval.ui.vm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.io.FormDocument.Indicator;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.GridColumn.Editor;
import org.selfeval.ui.vm.GridColumn.Role;
import org.selfeval.ui.vm.GridColumn.Typed;

/** The columns of every indicator table, left to right: each defined here once, and nowhere else. */
public final class GridColumns {

    /** The widest a column may be when nothing holds it narrow: TableColumn's own default. */
    private static final double ANY = 5000;

    public static final GridColumn NUMBER = new GridColumn("column-number", "editor.column.number",
            new double[] {34, 30, 44}, Editor.ROW_NUMBER, null, List.of("number-column"), Set.of(),
            (table, row) -> Bindings.createStringBinding(() -> ""), null, null);

    public static final GridColumn LEVEL2 = text(IndicatorColumn.LEVEL2, "column.level2", 118, 90, Editor.CHOICE,
            IndicatorRow::level2Property, Set.of(Role.MERGED_DOWN), null);

    public static final GridColumn NAME = text(IndicatorColumn.NAME, "column.name", 210, 100, Editor.TEXT,
            IndicatorRow::nameProperty, Set.of(Role.WRAPS), (i, text) -> new Indicator(i.level1(), i.level2(), text,
                    i.target(), i.actual(), i.weight(), i.score(), i.scoreManual(), i.tier(), i.reason()));

    public static final GridColumn TARGET = text(IndicatorColumn.TARGET, "column.target", 110, 70, Editor.TEXT,
            IndicatorRow::targetProperty, Set.of(Role.WRAPS), (i, text) -> new Indicator(i.level1(), i.level2(),
                    i.name(), text, i.actual(), i.weight(), i.score(), i.scoreManual(), i.tier(), i.reason()));

    public static final GridColumn ACTUAL = text(IndicatorColumn.ACTUAL, "column.actual", 120, 70, Editor.TEXT,
            IndicatorRow::actualProperty, Set.of(Role.WRAPS), (i, text) -> new Indicator(i.level1(), i.level2(),
                    i.name(), i.target(), text, i.weight(), i.score(), i.scoreManual(), i.tier(), i.reason()));

    public static final GridColumn WEIGHT = figure(IndicatorColumn.WEIGHT, "column.weight", 46,
            IndicatorRow::weightProperty, row -> Bindings.createStringBinding(() -> Figures.plain(row.getWeight()),
                    row.weightProperty()), Set.of());

    /** The score that counts: the suggestion unless one was typed; typing blank goes back to the suggestion. */
    public static final GridColumn SCORE = figure(IndicatorColumn.SCORE, "column.score", 50,
            IndicatorRow::enteredScoreProperty, row -> Bindings.createStringBinding(
                    () -> Figures.plain(row.getScore()), row.scoreBinding()), Set.of(Role.OVERRIDES_SUGGESTION));

    public static final GridColumn SUGGESTION = new GridColumn("column-suggestion", "editor.column.suggestion",
            new double[] {52, 40, ANY}, Editor.READ_ONLY, null, List.of("figure-column", "suggestion-column"),
            Set.of(), (table, row) -> Bindings.createStringBinding(
                    () -> Figures.plain(row.getSuggestion().score()), row.suggestionBinding()), null, null);

    /** The tier of a qualitative target; its value (the tier chosen) is copied with a duplicated row. */
    public static final GridColumn TIER = new GridColumn("column-tier", "editor.column.tier",
            new double[] {84, 60, ANY}, Editor.TIER, null, List.of(), Set.of(),
            (table, row) -> Bindings.createStringBinding(() -> table.tierText(row), row.chosenTierProperty(),
                    row.suggestionBinding(), row.parsedTargetBinding()),
            new Typed<>(IndicatorRow::chosenTierProperty, text -> false, text -> null), null);

    public static final GridColumn REASON = text(IndicatorColumn.REASON, "editor.column.reasonHeader", 160, 80,
            Editor.TEXT, IndicatorRow::reasonProperty, Set.of(Role.WRAPS), (i, text) -> new Indicator(i.level1(),
                    i.level2(), i.name(), i.target(), i.actual(), i.weight(), i.score(), i.scoreManual(), i.tier(),
                    text));

    /** All columns, left to right. */
    public static final List<GridColumn> ALL = List.of(NUMBER, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE,
            SUGGESTION, TIER, REASON);

    /** The columns that show a column of the form, left to right: what copy puts on the clipboard. */
    public static final List<GridColumn> FORM_COLUMNS = ALL.stream().filter(c -> c.formColumn().isPresent())
            .toList();

    private GridColumns() {
    }

    /** The table's column that shows a column of the form; empty for 一级指标, which is the table itself. */
    public static Optional<GridColumn> of(IndicatorColumn column) {
        return FORM_COLUMNS.stream().filter(c -> c.formColumn().orElseThrow() == column).findFirst();
    }

    private static GridColumn text(IndicatorColumn column, String headerKey, double width, double min, Editor editor,
                                   Function<IndicatorRow, Property<String>> property, Set<Role> roles,
                                   java.util.function.BiFunction<Indicator, String, Indicator> draft) {
        return new GridColumn("column-" + column.name(), headerKey, new double[] {width, min, ANY}, editor, column,
                List.of(), roles, (table, row) -> property.apply(row),
                new Typed<>(property, text -> true, text -> text == null ? "" : text), draft);
    }

    private static GridColumn figure(IndicatorColumn column, String headerKey, double width,
                                     Function<IndicatorRow, Property<BigDecimal>> property,
                                     Function<IndicatorRow, javafx.beans.value.ObservableValue<String>> shown,
                                     Set<Role> roles) {
        return new GridColumn("column-" + column.name(), headerKey, new double[] {width, 40, ANY}, Editor.TEXT,
                column, List.of("figure-column"), roles, (table, row) -> shown.apply(row),
                new Typed<>(property, text -> !Figures.parse(text).invalid(), text -> Figures.parse(text).value()),
                null);
    }
}
