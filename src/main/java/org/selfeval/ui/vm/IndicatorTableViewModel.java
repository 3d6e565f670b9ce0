package org.selfeval.ui.vm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.io.FormFiles;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ParsedValue;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.Suggestion;
import org.selfeval.scoring.Tier;
import org.selfeval.ui.edit.Command;
import org.selfeval.ui.edit.CompositeCommand;
import org.selfeval.ui.edit.ListCommands;
import org.selfeval.ui.edit.SetValue;
import org.selfeval.ui.edit.Tsv;

/**
 * The indicator rows of one 一级指标 (产出 / 效益 / 满意度 …): their cells, the row operations, copy and paste.
 * The rows live in the form's one list in printed order; this table is a filtered view of it, and every
 * operation maps table positions to that list.
 */
public final class IndicatorTableViewModel {

    private final FormViewModel owner;
    private final FormModel form;
    private final Profile.Level level;
    private final FilteredList<IndicatorRow> rows;
    private final boolean known;
    /** The rows that have a selected cell, as the table's view says; what the row commands act on. */
    private final ObservableList<IndicatorRow> selected = FXCollections.observableArrayList();

    IndicatorTableViewModel(FormViewModel owner, Profile.Level level, boolean known) {
        this.owner = owner;
        this.known = known;
        this.form = owner.form();
        this.level = level;
        this.rows = new FilteredList<>(form.indicators(), r -> level.name().equals(r.getLevel1()));
    }

    public String levelName() {
        return level.name();
    }

    /** False for the table of rows whose 一级指标 the edition does not have. */
    public boolean isKnownLevel() {
        return known;
    }

    /** The table's title: the 一级指标, or for one the edition does not know, that said with it. */
    public String title() {
        return known ? owner.messages().official(level.name()) : owner.messages().get("editor.table.unknownLevel",
                owner.messages().official(level.name()), owner.messages().official(owner.profile().name()));
    }

    /** Tells which rows have a selected cell (the view calls this as the selection changes). */
    public void select(List<IndicatorRow> rows) {
        selected.setAll(rows);
    }

    /** Whether rows are selected: Duplicate, Delete, Copy rows and Reset score apply only then. */
    public BooleanBinding hasSelection() {
        return Bindings.isNotEmpty(selected);
    }

    /** Whether the one selected row can move up (−1) or down (+1) within this table. */
    public BooleanBinding canMove(int direction) {
        return Bindings.createBooleanBinding(() -> {
            int at = selected.size() == 1 ? rows.indexOf(selected.get(0)) : -1;
            int other = at + Integer.signum(direction);
            return at >= 0 && other >= 0 && other < rows.size();
        }, selected, rows);
    }

    /** The 二级指标 the edition allows under this 一级指标: the choices of the 二级指标 column. */
    public List<String> secondLevels() {
        return level.secondLevels();
    }

    /** The rows of this table, in printed order. */
    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    /** 小计: the table's score against its weight, e.g. {@code 得分 49 / 分值 50（建议 50）}. */
    public ObservableValue<String> subtotal() {
        var score = form.subtotalProperty(level.name());
        var weight = form.weightSubtotalProperty(level.name());
        return Bindings.createStringBinding(() -> known ? owner.messages().get("editor.table.subtotal",
                Figures.plain(score.get()), Figures.plain(weight.get()), Figures.plain(level.weight()))
                : owner.messages().get("editor.table.subtotal.unknown", Figures.plain(score.get()),
                Figures.plain(weight.get())), score, weight);
    }

    /** The columns of the table, left to right. */
    public List<GridColumn> columns() {
        return GridColumns.ALL;
    }

    /** The text a cell shows. */
    public String text(IndicatorRow row, GridColumn column) {
        return column.shown(this, row).getValue();
    }

    /** The tier column's text: the tier chosen, or the one read from the actual, or a request to choose. */
    String tierText(IndicatorRow row) {
        if (!isQualitative(row)) {
            return "";
        }
        Tier tier = effectiveTier(row);
        if (tier == null) {
            return owner.messages().get("editor.tier.choose");
        }
        String label = tierLabel(tier);
        return row.getChosenTier() == null ? owner.messages().get("editor.tier.inferred", label) : label;
    }

    /** Whether the target is qualitative, so that the officer picks a tier. */
    public boolean isQualitative(IndicatorRow row) {
        return row.parsedTargetBinding().get().kind() == ParsedValue.Kind.QUALITATIVE;
    }

    /** The tier in force: the one chosen, else the one read from the actual (shown as such). */
    public Tier effectiveTier(IndicatorRow row) {
        if (row.getChosenTier() != null) {
            return row.getChosenTier();
        }
        Suggestion s = row.getSuggestion();
        return s.basis() == Suggestion.Basis.QUALITATIVE ? s.tier() : null;
    }

    /** A tier's short name for the tier column (达成 / 部分达成 / 未达成). */
    public String tierLabel(Tier tier) {
        return tier == null ? owner.messages().get("editor.tier.auto")
                : owner.messages().get("editor.tier.short." + tier.name());
    }

    /**
     * Commits what the officer typed into a cell, as one undoable step. Blank 得分 means "use the suggestion".
     *
     * @return a message when the text is refused; the cell keeps its old value
     */
    public Optional<String> commit(IndicatorRow row, GridColumn column, String text) {
        List<String> refused = new ArrayList<>();
        Command command = edit(row, column, text, refused);
        if (!refused.isEmpty()) {
            return Optional.of(refused.get(0));
        }
        if (command != null) {
            owner.execute(command);
        }
        return Optional.empty();
    }

    /** A cell of the table: a row and a column. */
    public record CellAt(IndicatorRow row, GridColumn column) {
    }

    /** Empties cells (Delete) as one undoable step, as typing blank into each would; refusals are not expected. */
    public void clear(List<CellAt> cells) {
        List<Command> parts = new ArrayList<>();
        for (CellAt cell : cells) {
            Command command = edit(cell.row(), cell.column(), "", new ArrayList<>());
            if (command != null) {
                parts.add(command);
            }
        }
        if (!parts.isEmpty()) {
            owner.execute(new CompositeCommand(owner.messages().get("editor.cmd.clear", parts.size()), parts));
        }
    }

    /** Chooses the tier of a qualitative indicator ({@code null}: read it from the actual). */
    public void chooseTier(IndicatorRow row, Tier tier) {
        owner.execute(new SetValue<>(row.chosenTierProperty(), tier,
                owner.messages().get("editor.cmd.edit", owner.messages().get("editor.column.tier"))));
    }

    /** Drops typed scores so the suggestions count again. */
    public void resetScores(List<IndicatorRow> selected) {
        List<Command> parts = new ArrayList<>();
        for (IndicatorRow row : selected) {
            SetValue<BigDecimal> set = new SetValue<>(row.enteredScoreProperty(), null, "");
            if (!set.isNoOp()) {
                parts.add(set);
            }
        }
        owner.execute(new CompositeCommand(owner.messages().get("editor.cmd.resetScore"), parts));
    }

    /** Inserts an empty row at a table position (0 … size) and returns it. */
    public IndicatorRow insertRow(int position) {
        int at = Math.max(0, Math.min(position, rows.size()));
        IndicatorRow row = newRow(neighbourLevel2(at));
        owner.execute(ListCommands.insert(form.indicators(), flatInsertIndex(at), List.of(row),
                owner.messages().get("editor.cmd.insertRow")));
        return row;
    }

    /** Deletes rows of this table. */
    public void deleteRows(List<IndicatorRow> selected) {
        List<IndicatorRow> mine = selected.stream().filter(rows::contains).toList();
        if (!mine.isEmpty()) {
            owner.execute(ListCommands.remove(form.indicators(), mine, owner.messages().get("editor.cmd.deleteRows")));
        }
    }

    /** Moves a row one place up (−1) or down (+1) within this table; false at the edge. */
    public boolean move(IndicatorRow row, int direction) {
        int position = rows.indexOf(row);
        int other = position + Integer.signum(direction);
        if (position < 0 || other < 0 || other >= rows.size()) {
            return false;
        }
        int from = rows.getSourceIndex(position);
        int to = rows.getSourceIndex(other);
        owner.execute(ListCommands.move(form.indicators(), from, to, owner.messages().get("editor.cmd.moveRow")));
        return true;
    }

    /** Puts copies of the rows right after the last of them and returns the copies. */
    public List<IndicatorRow> duplicate(List<IndicatorRow> selected) {
        List<IndicatorRow> mine = sortedMine(selected);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<IndicatorRow> copies = new ArrayList<>();
        for (IndicatorRow row : mine) {
            IndicatorRow copy = newRow(row.getLevel2());
            columns().forEach(column -> column.copyValue(row, copy));
            copies.add(copy);
        }
        int after = rows.indexOf(mine.get(mine.size() - 1)) + 1;
        owner.execute(ListCommands.insert(form.indicators(), flatInsertIndex(after), copies,
                owner.messages().get("editor.cmd.duplicateRows")));
        return copies;
    }

    /** The rows as tab-separated text, the {@link GridColumns#FORM_COLUMNS} in order, for Excel or WPS. */
    public String copy(List<IndicatorRow> selected) {
        return copy(selected, GridColumns.FORM_COLUMNS);
    }

    /**
     * Cells of the rows as tab-separated text, as they show (a suggested 得分 too, so that a form pasted into
     * Excel keeps its scores): the given columns, in table order.
     */
    public String copy(List<IndicatorRow> selected, List<GridColumn> columns) {
        List<GridColumn> ordered = GridColumns.FORM_COLUMNS.stream().filter(columns::contains).toList();
        List<List<String>> table = new ArrayList<>();
        for (IndicatorRow row : sortedMine(selected)) {
            table.add(ordered.stream().map(column -> text(row, column)).toList());
        }
        return Tsv.format(table);
    }

    /**
     * Pastes a block of tab-separated rows (copied from Excel, WPS or this table) as one undoable step: from
     * the given table row and column on, rightwards and down, filling existing rows and appending new ones.
     * Rows copied from the official layout line up by their 一级/二级 names ({@link BlockPaste}); a pasted
     * 得分 equal to the rules' suggestion stays the suggestion. Figures that are not numbers are left out.
     *
     * @return what was pasted: the rows and columns filled, and the cells refused
     */
    public PasteResult paste(int position, GridColumn startColumn, String tsv) {
        BlockPaste.Plan plan = new BlockPaste(this, owner.profile()).plan(position, startColumn, tsv);
        List<Command> parts = new ArrayList<>(plan.sets());
        if (!plan.added().isEmpty()) {
            parts.add(ListCommands.insert(form.indicators(), flatInsertIndex(rows.size()), plan.added(), ""));
        }
        owner.execute(new CompositeCommand(owner.messages().get("editor.cmd.paste", plan.count()), parts));
        return new PasteResult(plan.first(), plan.count(), plan.firstColumn(), plan.lastColumn(), plan.refused());
    }

    /** The outcome of a paste: rows {@code first} … {@code first + count − 1}, columns from … to, were filled. */
    public record PasteResult(int first, int count, GridColumn firstColumn, GridColumn lastColumn,
                              List<String> refused) {
    }

    /** The command that sets a cell from typed text, {@code null} if nothing changes; refusals are collected. */
    Command edit(IndicatorRow row, GridColumn column, String text, List<String> refused) {
        String value = text == null ? "" : text;
        if (value.length() > FormFiles.MAX_STRING_LENGTH) {
            refused.add(new TextBudget(FormFiles.MAX_STRING_LENGTH, owner.messages()).refusal(value.length()));
            return null;
        }
        if (!column.accepts(value)) {
            refused.add(refusal(value));
            return null;
        }
        String name = column.formColumn().map(IndicatorColumn::messageKey).orElse(column.headerKey());
        SetValue<?> set = column.set(row, value, owner.messages().get("editor.cmd.edit", owner.messages().get(name)));
        return set.isNoOp() ? null : set;
    }

    /** What the status line says of a figure that is not a number. */
    String refusal(String text) {
        return owner.messages().get("editor.error.number", text.strip());
    }

    IndicatorRow newRow(String level2) {
        IndicatorRow row = form.newIndicator();
        row.level1Property().set(level.name());
        row.level2Property().set(level2 == null ? "" : level2);
        return row;
    }

    /** The 二级指标 a new row at this position gets: the one of the row above, else below, else the first. */
    String neighbourLevel2(int position) {
        if (position > 0 && position - 1 < rows.size()) {
            return rows.get(position - 1).getLevel2();
        }
        if (position < rows.size()) {
            return rows.get(position).getLevel2();
        }
        return level.secondLevels().isEmpty() ? "" : level.secondLevels().get(0);
    }

    /** Where in the form's list a row inserted at this table position goes. */
    int flatInsertIndex(int position) {
        if (position < rows.size()) {
            return rows.getSourceIndex(position);
        }
        if (!rows.isEmpty()) {
            return rows.getSourceIndex(rows.size() - 1) + 1;
        }
        // An empty table: after the rows of the 一级指标 that come before this one in the edition.
        List<String> before = new ArrayList<>();
        for (Profile.Level l : owner.profile().levels()) {
            if (l.name().equals(level.name())) {
                break;
            }
            before.add(l.name());
        }
        int at = 0;
        List<IndicatorRow> all = form.indicators();
        for (int i = 0; i < all.size(); i++) {
            if (before.contains(all.get(i).getLevel1())) {
                at = i + 1;
            }
        }
        return at;
    }

    private List<IndicatorRow> sortedMine(List<IndicatorRow> selected) {
        return rows.stream().filter(r -> selected.stream().anyMatch(s -> s == r)).toList();
    }
}
