package org.selfeval.ui.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Profile;
import org.selfeval.ui.edit.Command;
import org.selfeval.ui.edit.Tsv;

/**
 * Lays a block of tab-separated rows onto an indicator table as a spreadsheet does: from the selected cell
 * rightwards and down, except that rows copied from the official layout line up by what they hold. The layout
 * prints 一级指标 and 二级指标 in cells merged down their rows, so such a block has the name in the first row of a
 * merge and an empty field below it: a row whose first field is an 一级 or 二级 name starts in that column, and
 * a row whose first field is empty starts where the block's named rows do (its 二级 is the one above it).
 */
final class BlockPaste {

    /**
     * The official layout's indicator columns, B to I, in the form's printed order: where a row of a block may
     * start. 一级 first, 二级 second: a block's row that starts with one of their names starts in that column.
     */
    static final List<IndicatorColumn> LAYOUT_COLUMNS = List.of(IndicatorColumn.values());

    private final IndicatorTableViewModel table;
    private final Profile profile;

    BlockPaste(IndicatorTableViewModel table, Profile profile) {
        this.table = table;
        this.profile = profile;
    }

    /** The commands that paste the block at the table position and column, and what they fill. */
    Plan plan(int position, GridColumn selected, String tsv) {
        List<List<String>> block = Tsv.parse(tsv);
        List<IndicatorRow> rows = table.rows();
        int first = Math.max(0, Math.min(position, rows.size()));
        int selectedStart = Math.max(1, selected.formColumn().map(LAYOUT_COLUMNS::indexOf).orElse(1));
        int mergedStart = mergedStart(block);
        List<Command> sets = new ArrayList<>();
        List<IndicatorRow> added = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int left = LAYOUT_COLUMNS.size();
        int right = 0;
        // The 二级 of the row above: what a merged 二级 cell holds, and what an added row gets.
        String above = first > 0 && first - 1 < rows.size() ? rows.get(first - 1).getLevel2() : null;
        for (int r = 0; r < block.size(); r++) {
            List<String> cells = block.get(r);
            int start = start(cells, mergedStart, selectedStart);
            int target = first + r;
            boolean fresh = target >= rows.size();
            IndicatorRow row;
            if (fresh) {
                row = table.newRow(above != null ? above : table.neighbourLevel2(rows.size()));
                added.add(row);
            } else {
                row = rows.get(target);
            }
            List<Command> rowSets = new ArrayList<>();
            List<Command> lastSets = new ArrayList<>();
            boolean mergedPasted = false;
            for (int c = 0; c < cells.size() && start + c < LAYOUT_COLUMNS.size(); c++) {
                Optional<GridColumn> found = GridColumns.of(LAYOUT_COLUMNS.get(start + c));
                if (found.isEmpty()) {
                    continue; // 一级指标: the table is that, and the row stays in it
                }
                GridColumn column = found.get();
                String text = cells.get(c);
                boolean merged = column.has(GridColumn.Role.MERGED_DOWN);
                if (merged && text.isBlank() && mergedStart >= 0 && above != null) {
                    text = above; // below a merged cell: the same as the row above
                }
                left = Math.min(left, start + c);
                right = Math.max(right, start + c);
                if (column.has(GridColumn.Role.OVERRIDES_SUGGESTION)) {
                    // After the row's other cells: whether it equals the suggestion depends on them.
                    pastedScore(row, column, text, refused).ifPresent(lastSets::add);
                } else {
                    add(rowSets, table.edit(row, column, text, refused));
                }
                if (merged) {
                    mergedPasted = true;
                    above = text.isBlank() ? above : text.strip();
                }
            }
            rowSets.addAll(lastSets);
            if (fresh) {
                rowSets.forEach(Command::execute); // the row is not in the form yet: its insertion is the step
            } else {
                sets.addAll(rowSets);
            }
            if (!mergedPasted) {
                above = row.getLevel2(); // the next added row takes it, as inserting a row does
            }
        }
        return new Plan(first, block.size(), shownAt(Math.min(left, LAYOUT_COLUMNS.size() - 1)),
                shownAt(right), sets, added, refused);
    }

    /** A pasted score: typed only where it differs from the suggestion ({@link PastedScore}). */
    private Optional<Command> pastedScore(IndicatorRow row, GridColumn column, String text, List<String> refused) {
        if (!column.accepts(text)) {
            refused.add(table.refusal(text));
            return Optional.empty();
        }
        return Optional.of(new PastedScore(row, Figures.parse(text).value()));
    }

    /** The table's column of a layout column; for 一级指标, which it has not, the first that follows. */
    private static GridColumn shownAt(int layoutColumn) {
        for (int c = Math.max(0, layoutColumn); c < LAYOUT_COLUMNS.size(); c++) {
            Optional<GridColumn> column = GridColumns.of(LAYOUT_COLUMNS.get(c));
            if (column.isPresent()) {
                return column.get();
            }
        }
        return GridColumns.FORM_COLUMNS.get(GridColumns.FORM_COLUMNS.size() - 1);
    }

    private static void add(List<Command> commands, Command command) {
        if (command != null) {
            commands.add(command);
        }
    }

    /**
     * Where rows with an empty first field start: the column of the block's named rows (一级 before 二级), or
     * −1 when no row of the block starts with a name.
     */
    private int mergedStart(List<List<String>> block) {
        int found = -1;
        for (List<String> cells : block) {
            int named = namedStart(cells);
            if (named >= 0 && (found < 0 || named < found)) {
                found = named;
            }
        }
        return found;
    }

    /** 0 for a row that starts with an 一级 name, 1 for a 二级 name, −1 otherwise (a single field never counts). */
    private int namedStart(List<String> cells) {
        if (cells.size() < 2) {
            return -1;
        }
        String first = cells.get(0).strip();
        if (profile.level(first).isPresent()) {
            return 0;
        }
        boolean secondLevel = profile.levels().stream().anyMatch(l -> l.secondLevels().contains(first));
        return secondLevel ? 1 : -1;
    }

    private int start(List<String> cells, int merged, int selectedStart) {
        int named = namedStart(cells);
        if (named >= 0) {
            return named;
        }
        if (merged >= 0 && cells.size() > 1 && cells.get(0).isBlank()) {
            return merged;
        }
        // A row as wide as the table's typed columns (as Copy puts it) or the layout's fills the whole row.
        if (cells.size() >= LAYOUT_COLUMNS.size()) {
            return 0;
        }
        return cells.size() == LAYOUT_COLUMNS.size() - 1 ? 1 : selectedStart;
    }

    /** What a paste does: the commands for rows already there, the rows it adds, and the cells refused. */
    record Plan(int first, int count, GridColumn firstColumn, GridColumn lastColumn, List<Command> sets,
                List<IndicatorRow> added, List<String> refused) {
    }
}
