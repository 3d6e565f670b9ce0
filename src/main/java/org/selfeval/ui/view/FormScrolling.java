package org.selfeval.ui.view;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the selected row of a table in sight while the keyboard moves through it: the form scrolls as little as
 * it takes, as a spreadsheet does, so that the arrow keys never move the selection out of the window.
 */
final class FormScrolling {

    private FormScrolling() {
    }

    /** From now on, the form follows the table's focused row while the table or its cell editor has the keyboard. */
    static void followFocusedRow(IndicatorGrid table) {
        table.getFocusModel().focusedCellProperty().addListener((obs, before, after) -> {
            if (after != null && after.getRow() >= 0 && after != before && hasKeyboard(table)) {
                int row = after.getRow();
                Platform.runLater(() -> showRow(table, row)); // once the table has moved to it
            }
        });
    }

    private static boolean hasKeyboard(IndicatorGrid table) {
        Node owner = table.getScene() == null ? null : table.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == table) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the form that holds the table so that the row (with the table's header, for the first) shows whole. */
    static void showRow(IndicatorGrid table, int index) {
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
        Node row = table.shownRow(index).orElse(null);
        if (row == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds bounds = content.sceneToLocal(row.localToScene(row.getLayoutBounds()));
        double minY = index == 0 ? content.sceneToLocal(table.localToScene(table.getLayoutBounds())).getMinY()
                : bounds.getMinY();
        double top = top(scroll);
        double viewport = scroll.getViewportBounds().getHeight();
        if (minY < top) {
            setTop(scroll, minY);
        } else if (bounds.getMaxY() > top + viewport) {
            setTop(scroll, bounds.getMaxY() - viewport);
        }
    }

    /** Scrolls the form so that the point {@code offset} below the node's top edge stands in its upper third. */
    static void toUpperThird(ScrollPane scroll, Node node, double offset) {
        Node content = scroll.getContent();
        double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY() + offset;
        setTop(scroll, y - scroll.getViewportBounds().getHeight() / 3);
    }

    /** How far the content is scrolled: the content's y at the viewport's top edge. */
    private static double top(ScrollPane scroll) {
        double range = scroll.getVmax() - scroll.getVmin();
        return (scroll.getVvalue() - scroll.getVmin()) / range * extent(scroll);
    }

    /** Scrolls so that the content's {@code y} is at the viewport's top edge, as near as the content allows. */
    private static void setTop(ScrollPane scroll, double y) {
        double extent = extent(scroll);
        if (extent > 0) {
            double fraction = Math.max(0, Math.min(1, y / extent));
            scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    /** How far the content can scroll: its height beyond the viewport's. */
    private static double extent(ScrollPane scroll) {
        return scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    }
}
