package org.selfeval.ui.view;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Keeps the selected row of a table in sight while the keyboard moves through it: the form scrolls as little as
 * it takes, as a spreadsheet does, so that the arrow keys never move the selection out of the window.
 */
final class FormScrolling {

    private FormScrolling() {
    }

    /** From now on, the form follows the table's focused row while the table or its cell editor has the keyboard. */
    static void followFocusedRow(TableView<?> table) {
        table.getFocusModel().focusedCellProperty().addListener((obs, before, after) -> {
            if (after != null && after.getRow() >= 0 && after != before && hasKeyboard(table)) {
                int row = after.getRow();
                Platform.runLater(() -> showRow(table, row)); // once the table has moved to it
            }
        });
    }

    private static boolean hasKeyboard(TableView<?> table) {
        Node owner = table.getScene() == null ? null : table.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == table) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the form that holds the table so that the row (with the table's header, for the first) shows whole. */
    static void showRow(TableView<?> table, int index) {
        ScrollPane scroll = null;
        for (Node n = table.getParent(); n != null && scroll == null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                scroll = s;
            }
        }
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        table.layout();
        Node row = null;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible() && r.getTableView() == table) {
                row = r;
            }
        }
        if (row == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds bounds = content.sceneToLocal(row.localToScene(row.getLayoutBounds()));
        double minY = index == 0 ? content.sceneToLocal(table.localToScene(table.getLayoutBounds())).getMinY()
                : bounds.getMinY();
        double viewport = scroll.getViewportBounds().getHeight();
        double extent = content.getLayoutBounds().getHeight() - viewport;
        if (extent <= 0) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * extent;
        double wanted = top;
        if (minY < top) {
            wanted = minY;
        } else if (bounds.getMaxY() > top + viewport) {
            wanted = bounds.getMaxY() - viewport;
        }
        if (wanted != top) {
            double fraction = Math.max(0, Math.min(1, wanted / extent));
            scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
        }
    }
}
