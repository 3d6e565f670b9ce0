package org.selfeval.ui.vm;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.io.FormDocument.Indicator;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.edit.SetValue;

/**
 * One column of the indicator tables, defined once: its header, width, editor, how its value is shown and read
 * back from typed text, and its part in copy, paste and crash recovery. The grid, the table's view model and the
 * paste read these definitions; none of them asks which column it is dealing with ({@link GridColumns}).
 */
public final class GridColumn {

    /** How a column's cells are edited; the grid makes one kind of cell for each. */
    public enum Editor {
        /** The row's place in the form, not editable. */
        ROW_NUMBER,
        /** Shown, never typed into (the suggestion). */
        READ_ONLY,
        /** Typed text, started by a key, an input method, F2 or a double click. */
        TEXT,
        /** A choice from the edition's list (二级指标). */
        CHOICE,
        /** A tier of a qualitative target. */
        TIER
    }

    /** What else a column does, beyond holding a value. */
    public enum Role {
        /** Long text: wraps when wrapping is on, and its rows grow. */
        WRAPS,
        /** Merged down its rows in the official layout: a block copied from it has the value in the first only. */
        MERGED_DOWN,
        /** Computed unless typed (得分): a typed value is marked, and a pasted one counts as typed only if it differs. */
        OVERRIDES_SUGGESTION
    }

    private final String id;
    private final String headerKey;
    private final double[] widths;
    private final Editor editor;
    private final IndicatorColumn formColumn;
    private final List<String> styleClasses;
    private final Set<Role> roles;
    private final BiFunction<IndicatorTableViewModel, IndicatorRow, ObservableValue<String>> shown;
    private final Typed<?> typed;
    private final BiFunction<Indicator, String, Indicator> draft;

    /** The value a column's cell is typed into: the row's property and how typed text becomes its value. */
    record Typed<T>(Function<IndicatorRow, Property<T>> property, Predicate<String> accepts, Function<String, T> parse) {

        SetValue<T> set(IndicatorRow row, String text, String description) {
            return new SetValue<>(property.apply(row), parse.apply(text), description);
        }

        void copy(IndicatorRow from, IndicatorRow to) {
            property.apply(to).setValue(property.apply(from).getValue());
        }
    }

    GridColumn(String id, String headerKey, double[] widths, Editor editor, IndicatorColumn formColumn,
               List<String> styleClasses, Set<Role> roles,
               BiFunction<IndicatorTableViewModel, IndicatorRow, ObservableValue<String>> shown, Typed<?> typed,
               BiFunction<Indicator, String, Indicator> draft) {
        this.id = id;
        this.headerKey = headerKey;
        this.widths = widths.clone();
        this.editor = editor;
        this.formColumn = formColumn;
        this.styleClasses = List.copyOf(styleClasses);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.shown = shown;
        this.typed = typed;
        this.draft = draft;
    }

    /** The table column's node id, e.g. {@code column-NAME} (tests and style sheets find columns by it). */
    public String id() {
        return id;
    }

    /** The header's message key. */
    public String headerKey() {
        return headerKey;
    }

    public double prefWidth() {
        return widths[0];
    }

    public double minWidth() {
        return widths[1];
    }

    /** The widest the column may be. */
    public double maxWidth() {
        return widths[2];
    }

    public Editor editor() {
        return editor;
    }

    /** Whether the keyboard moves through the column's cells (not the row number, not the suggestion). */
    public boolean isEditable() {
        return editor == Editor.TEXT || editor == Editor.CHOICE || editor == Editor.TIER;
    }

    /**
     * The form's column this shows, as the official layout prints it: what copy puts on the clipboard, paste fills
     * and problems point at. Empty for the table's own columns (序号, 建议, 档次).
     */
    public Optional<IndicatorColumn> formColumn() {
        return Optional.ofNullable(formColumn);
    }

    public List<String> styleClasses() {
        return styleClasses;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** What the cell shows, following the row (undo, redo and rescoring show at once). */
    public ObservableValue<String> shown(IndicatorTableViewModel table, IndicatorRow row) {
        return shown.apply(table, row);
    }

    /** Whether typed text can be put into the column ({@link Editor#TEXT} and {@link Editor#CHOICE}). */
    boolean isTyped() {
        return typed != null;
    }

    /** Whether the typed text is a value of the column (a figure column refuses what is not a number). */
    boolean accepts(String text) {
        return typed != null && typed.accepts().test(text);
    }

    /** The command that puts typed text into the row's cell; {@link #accepts} it first. */
    SetValue<?> set(IndicatorRow row, String text, String description) {
        return typed.set(row, text, description);
    }

    /** Copies the cell's value as it is stored (a typed score, not the computed one) from one row to another. */
    void copyValue(IndicatorRow from, IndicatorRow to) {
        if (typed != null) {
            typed.copy(from, to);
        }
    }

    /** Puts text still being typed into a saved row, for crash recovery; empty for a column not kept so. */
    Optional<Indicator> draft(Indicator row, String text) {
        return draft == null ? Optional.empty() : Optional.of(draft.apply(row, text));
    }

    @Override
    public String toString() {
        return id;
    }
}
