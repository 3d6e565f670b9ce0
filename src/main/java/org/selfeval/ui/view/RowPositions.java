package org.selfeval.ui.view;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.IndicatorRow;

/**
 * The rows' positions in the form (what the checks' locations and the row numbers count), in constant time: every
 * cell asks after every check, and a list search per cell would make a large form's check quadratic.
 */
final class RowPositions {

    private final List<IndicatorRow> all;
    private final Map<IndicatorRow, Integer> positions = new IdentityHashMap<>();

    RowPositions(List<IndicatorRow> all) {
        this.all = all;
    }

    /** The row's index in the form, −1 if it is not in it. */
    int indexOf(IndicatorRow row) {
        Integer cached = positions.get(row);
        if (cached == null || cached >= all.size() || all.get(cached) != row) {
            // Rows were added, removed or moved since: renumber all once.
            positions.clear();
            for (int i = 0; i < all.size(); i++) {
                positions.put(all.get(i), i);
            }
            cached = positions.get(row);
        }
        return cached == null ? -1 : cached;
    }
}
