package org.selfeval.ui.view;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Gives a dialog the size its content asks for, within the screen, centred on its owner. Under Openbox a dialog
 * owned by a maximised window at 1366×768 came up squashed to a few lines (640×161 for 填表说明 with JavaFX 26.0.2):
 * the window manager's first configure answer wins over the size JavaFX computed from the content. Setting the
 * size again once the window is shown gives the content its room. That answer can also come after the shown
 * event (seen at 1024×768: 638×155 in the top-left corner in one run of three), so for a short while after showing
 * a size smaller than the one set is answered by setting it again. No JavaFX bug report matches this exactly; it
 * is a window manager's configure race of the kind of JDK-8316423 (fixed in JavaFX 22 for a stage's first size).
 */
public final class DialogSizing {

    private DialogSizing() {
    }

    /** How long after showing a window manager's late answer is still corrected. */
    private static final long SETTLE_NANOS = 1_500_000_000L;

    /** Applies the size and place each time the dialog is shown. */
    public static void fitContent(Dialog<?> dialog) {
        dialog.setOnShown(e -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            double[] wanted = apply(dialog, window);
            long until = System.nanoTime() + SETTLE_NANOS;
            InvalidationListener late = new InvalidationListener() {
                @Override
                public void invalidated(Observable observable) {
                    if (System.nanoTime() > until || !window.isShowing()) {
                        window.widthProperty().removeListener(this);
                        window.heightProperty().removeListener(this);
                    } else if (window.getWidth() < wanted[0] - 1 || window.getHeight() < wanted[1] - 1) {
                        Platform.runLater(() -> place(window, wanted[0], wanted[1]));
                    }
                }
            };
            window.widthProperty().addListener(late);
            window.heightProperty().addListener(late);
        });
    }

    /** Sets the size the content asks for and the place; returns that size. */
    private static double[] apply(Dialog<?> dialog, Window window) {
        double width = dialog.getDialogPane().prefWidth(-1) + chrome(window.getWidth(), dialog.getDialogPane().getWidth());
        double height = dialog.getDialogPane().prefHeight(width)
                + chrome(window.getHeight(), dialog.getDialogPane().getHeight());
        Window owner = window instanceof javafx.stage.Stage stage ? stage.getOwner() : null;
        Rectangle2D screen = screenOf(owner == null ? window : owner);
        width = Math.min(Math.max(width, window.getWidth()), screen.getWidth());
        height = Math.min(Math.max(height, window.getHeight()), screen.getHeight());
        place(window, width, height);
        return new double[] {width, height};
    }

    /** Gives the window this size, centred on its owner (or the screen) and inside the screen. */
    private static void place(Window window, double width, double height) {
        Window owner = window instanceof javafx.stage.Stage stage ? stage.getOwner() : null;
        Rectangle2D screen = screenOf(owner == null ? window : owner);
        window.setWidth(width);
        window.setHeight(height);
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - width) / 2
                : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - height) / 2
                : owner.getY() + (owner.getHeight() - height) / 2;
        window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
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
