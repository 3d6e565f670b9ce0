package org.selfeval.ui.view;

import java.util.Collections;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.geometry.Bounds;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.selfeval.model.IndicatorRow;

/**
 * The rows a table has made to show its items, found through the table's row factory: each row reports itself
 * when made and tells its index, so that scrolling needs no look into the table's skin.
 */
final class ShownRows {

    private final TableView<IndicatorRow> table;
    /** Weak: a new skin makes new rows, and the old ones must be free to go. */
    private final Set<TableRow<IndicatorRow>> made = Collections.newSetFromMap(new WeakHashMap<>());

    ShownRows(TableView<IndicatorRow> table) {
        this.table = table;
    }

    /** The row factory's row. */
    TableRow<IndicatorRow> make() {
        TableRow<IndicatorRow> row = new TableRow<>();
        made.add(row);
        return row;
    }

    /** The row that shows the item at this index now, if one does. */
    Optional<TableRow<IndicatorRow>> showing(int index) {
        return made.stream().filter(r -> r.getIndex() == index && shows(r)).findFirst();
    }

    /** The first index shown (the row at the top, perhaps in part under the header), if any row shows. */
    OptionalInt firstShown() {
        return made.stream().filter(this::shows).mapToInt(TableRow::getIndex).min();
    }

    /** Where a shown row is, in the table's coordinates. */
    Optional<Bounds> bounds(int index) {
        return showing(index).map(r -> table.sceneToLocal(r.localToScene(r.getLayoutBounds())));
    }

    private boolean shows(TableRow<IndicatorRow> row) {
        return row.isVisible() && !row.isEmpty() && row.getIndex() >= 0 && row.getTableView() == table
                && row.getParent() != null;
    }
}
