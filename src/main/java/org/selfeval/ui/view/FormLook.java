package org.selfeval.ui.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;

/**
 * How the form shows, the same for every form opened in the window: its zoom (Ctrl+wheel, Ctrl+= and Ctrl+−, as
 * in Excel and WPS) and whether the tables' cells wrap long text in rows that grow.
 */
public final class FormLook {

    public static final double MIN_ZOOM = 0.7;
    public static final double MAX_ZOOM = 2.0;
    private static final double STEP = 0.1;
    /** A table row's height at zoom 1: one line of text and the cell's padding. */
    static final double ROW_HEIGHT = 28;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty wrap = new SimpleBooleanProperty(this, "wrap", false);
    private final double baseFont = Font.getDefault().getSize();

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    /** Zooms by steps: positive in, negative out, within 70 % … 200 %. */
    public void zoomBy(int steps) {
        double next = Math.round((zoom.get() + steps * STEP) * 10) / 10.0;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, next)));
    }

    /** The height of a table row at the current zoom. */
    DoubleBinding rowHeight() {
        return zoom.multiply(ROW_HEIGHT);
    }

    /** Makes the form's text follow the zoom (everything in it is sized from its font). */
    void applyTo(Node form) {
        form.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", baseFont * zoom.get()), zoom));
    }

    /** Ctrl and the mouse wheel over the form zoom it instead of scrolling it. */
    public void installWheel(ScrollPane form) {
        form.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomBy(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
    }
}
