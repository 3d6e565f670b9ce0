package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormMapper;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.RowId;
import org.selfeval.scoring.ProfileCatalog;

/** Each indicator row keeps its id through moves, deletes undone and redone; new rows get new ones. */
class RowIdentityTest {

    private final FormViewModel vm = new FormViewModel(
            new FormMapper(ProfileCatalog.builtIn()).toModel(Forms.read(Forms.reference(2022))),
            Messages.chinese(), Debouncer.immediate());
    private final IndicatorTableViewModel output = vm.tables().get(0);

    private Set<RowId> ids() {
        Set<RowId> ids = new HashSet<>();
        vm.form().indicators().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Where the checks say the problem of this row and column is. */
    private Location.Cell problemAt(IndicatorRow row, IndicatorColumn column) {
        return vm.problems().problems().stream().map(Problem::location)
                .filter(l -> l instanceof Location.Cell c && c.row().equals(row.id()) && c.column() == column)
                .map(Location.Cell.class::cast).findFirst().orElseThrow(() -> new AssertionError("no problem"));
    }

    /** What the problems say of the row's 偏差原因 cell, asked by the row's place now. */
    private Optional<String> reasonProblem(IndicatorRow row) {
        return vm.problems().messageAt(new Location.Cell(row.id(), vm.form().indicators().indexOf(row),
                IndicatorColumn.REASON));
    }

    @Test
    void everyRowOfAFormHasAnIdOfItsOwn() {
        assertEquals(vm.form().indicators().size(), ids().size());
    }

    @Test
    void aMovedRowKeepsItsIdAndItsProblemFollowsIt() {
        IndicatorRow row = output.rows().get(2);
        IndicatorRow above = output.rows().get(1);
        RowId id = row.id();
        output.commit(row, GridColumns.SCORE, "0.5"); // below its weight of 1, no reason given
        assertEquals(2, problemAt(row, IndicatorColumn.REASON).place());
        var moved = reasonProblem(row);
        var aboveBefore = reasonProblem(above);
        assertNotEquals(aboveBefore, moved);

        assertTrue(output.move(row, -1));
        assertEquals(id, row.id());
        assertSame(row, output.rows().get(1));
        assertEquals(1, problemAt(row, IndicatorColumn.REASON).place(), "第2行 now");
        assertEquals(moved, reasonProblem(row), "its problem moved with it");
        assertEquals(aboveBefore, reasonProblem(above), "the other kept its own");

        vm.stack().undo();
        assertSame(row, output.rows().get(2));
        assertEquals(2, problemAt(row, IndicatorColumn.REASON).place());
    }

    @Test
    void aDeletedRowComesBackWithItsIdOnUndoAndGoesAgainOnRedo() {
        IndicatorRow row = output.rows().get(3);
        RowId id = row.id();
        output.commit(row, GridColumns.SCORE, "0.5");
        Set<RowId> before = ids();

        output.deleteRows(List.of(row));
        assertFalse(ids().contains(id));
        assertTrue(vm.problems().problems().stream().noneMatch(p -> p.location() instanceof Location.Cell c
                && c.row().equals(id)), "no problem names a row that is gone");

        vm.stack().undo();
        assertEquals(before, ids());
        assertSame(row, output.rows().get(3));
        assertEquals(id, problemAt(row, IndicatorColumn.REASON).row());
        vm.stack().redo();
        assertFalse(ids().contains(id));
        vm.stack().undo();
        assertEquals(id, output.rows().get(3).id());
    }

    @Test
    void rowsPastedDuplicatedOrInsertedAreNewAndRowsPastedOverKeepTheirIds() {
        Set<RowId> before = ids();
        List<IndicatorRow> filled = List.copyOf(output.rows().subList(0, 2));
        int size = output.rows().size();
        String block = "数量指标\t甲\t≥1个\t1个\t1\t\t\n".repeat(size + 2);
        output.paste(0, GridColumns.LEVEL2, block);
        assertSame(filled.get(0), output.rows().get(0), "a row pasted over is the same row");
        assertEquals(filled.get(1).id(), output.rows().get(1).id());
        List<IndicatorRow> added = List.copyOf(output.rows().subList(size, size + 2));
        added.forEach(r -> assertFalse(before.contains(r.id()), "a pasted row is new: " + r.id()));
        assertNotEquals(added.get(0).id(), added.get(1).id());

        List<IndicatorRow> copies = output.duplicate(List.of(output.rows().get(0)));
        assertFalse(before.contains(copies.get(0).id()));
        assertNotEquals(output.rows().get(0).id(), copies.get(0).id(), "a copy is another row");
        IndicatorRow inserted = output.insertRow(0);
        assertEquals(vm.form().indicators().size(), ids().size(), "still one id per row");
        assertFalse(before.contains(inserted.id()));
    }
}
