package org.selfeval.ui.view;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Gives a dialog the size its content asks for, within the screen, centred on its owner. Under Openbox a dialog
 * owned by a maximised window at 1366×768 came up squashed to a few lines (640×161 for 填表说明 with JavaFX 26.0.2):
 * the window manager's first configure answer wins over the size JavaFX computed from the content. Setting the
 * size again once the window is shown gives the content its room.
 */
public final class DialogSizing {

    private DialogSizing() {
    }

    /** Applies the size and place each time the dialog is shown. */
    public static void fitContent(Dialog<?> dialog) {
        dialog.setOnShown(e -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            double width = dialog.getDialogPane().prefWidth(-1) + chrome(window.getWidth(), dialog.getDialogPane().getWidth());
            double height = dialog.getDialogPane().prefHeight(width)
                    + chrome(window.getHeight(), dialog.getDialogPane().getHeight());
            Window owner = window instanceof javafx.stage.Stage stage ? stage.getOwner() : null;
            Rectangle2D screen = screenOf(owner == null ? window : owner);
            width = Math.min(Math.max(width, window.getWidth()), screen.getWidth());
            height = Math.min(Math.max(height, window.getHeight()), screen.getHeight());
            window.setWidth(width);
            window.setHeight(height);
            double x = owner == null ? screen.getMinX() + (screen.getWidth() - width) / 2
                    : owner.getX() + (owner.getWidth() - width) / 2;
            double y = owner == null ? screen.getMinY() + (screen.getHeight() - height) / 2
                    : owner.getY() + (owner.getHeight() - height) / 2;
            window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
            window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
        });
    }

    /** What the window adds around its content (decorations JavaFX draws), never negative. */
    private static double chrome(double window, double content) {
        return Math.max(0, window - content);
    }

    private static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
