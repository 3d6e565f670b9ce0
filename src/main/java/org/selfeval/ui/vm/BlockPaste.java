package org.selfeval.ui.vm;

import java.util.ArrayList;
import java.util.List;
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

    /** The official layout's indicator columns, B to I: where a row of a block may start. */
    static final List<IndicatorColumn> LAYOUT_COLUMNS = List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2,
            IndicatorColumn.NAME, IndicatorColumn.TARGET, IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT,
            IndicatorColumn.SCORE, IndicatorColumn.REASON);

    private final IndicatorTableViewModel table;
    private final Profile profile;

    BlockPaste(IndicatorTableViewModel table, Profile profile) {
        this.table = table;
        this.profile = profile;
    }

    /** The commands that paste the block at the table position and column, and what they fill. */
    Plan plan(int position, IndicatorColumn selected, String tsv) {
        List<List<String>> block = Tsv.parse(tsv);
        List<IndicatorRow> rows = table.rows();
        int first = Math.max(0, Math.min(position, rows.size()));
        int selectedStart = Math.max(1, LAYOUT_COLUMNS.indexOf(selected));
        int merged = mergedStart(block);
        List<Command> sets = new ArrayList<>();
        List<IndicatorRow> added = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int left = LAYOUT_COLUMNS.size();
        int right = 0;
        String level2Above = first > 0 && first - 1 < rows.size() ? rows.get(first - 1).getLevel2() : null;
        for (int r = 0; r < block.size(); r++) {
            List<String> cells = block.get(r);
            int start = start(cells, merged, selectedStart);
            int target = first + r;
            boolean fresh = target >= rows.size();
            IndicatorRow row;
            if (fresh) {
                row = table.newRow(level2Above != null ? level2Above : table.neighbourLevel2(rows.size()));
                added.add(row);
            } else {
                row = rows.get(target);
            }
            List<Command> rowSets = new ArrayList<>();
            String score = null;
            boolean scorePasted = false;
            boolean level2Pasted = false;
            for (int c = 0; c < cells.size() && start + c < LAYOUT_COLUMNS.size(); c++) {
                IndicatorColumn column = LAYOUT_COLUMNS.get(start + c);
                String text = cells.get(c);
                if (column == IndicatorColumn.LEVEL1) {
                    continue; // the table is the 一级指标: the row stays in it
                }
                if (column == IndicatorColumn.LEVEL2 && text.isBlank() && merged >= 0 && level2Above != null) {
                    text = level2Above; // below a merged 二级指标 cell: the same 二级 as the row above
                }
                left = Math.min(left, start + c);
                right = Math.max(right, start + c);
                if (column == IndicatorColumn.SCORE) {
                    score = text;
                    scorePasted = true;
                } else {
                    add(rowSets, table.edit(row, column, text, refused));
                }
                if (column == IndicatorColumn.LEVEL2) {
                    level2Pasted = true;
                    level2Above = text.isBlank() ? level2Above : text.strip();
                }
            }
            if (scorePasted) {
                // After the row's other cells: whether the score equals the suggestion depends on them.
                Figures.Parsed parsed = Figures.parse(score);
                if (parsed.invalid()) {
                    refused.add(table.refusal(score));
                } else {
                    rowSets.add(new PastedScore(row, parsed.value()));
                }
            }
            if (fresh) {
                rowSets.forEach(Command::execute); // the row is not in the form yet: its insertion is the step
            } else {
                sets.addAll(rowSets);
            }
            if (!level2Pasted) {
                level2Above = row.getLevel2(); // the next added row takes it, as inserting a row does
            }
        }
        return new Plan(first, block.size(), LAYOUT_COLUMNS.get(Math.min(left, LAYOUT_COLUMNS.size() - 1)),
                LAYOUT_COLUMNS.get(Math.max(right, 1)), sets, added, refused);
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
    record Plan(int first, int count, IndicatorColumn firstColumn, IndicatorColumn lastColumn, List<Command> sets,
                List<IndicatorRow> added, List<String> refused) {
    }
}
