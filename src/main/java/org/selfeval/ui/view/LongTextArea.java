package org.selfeval.ui.view;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.selfeval.ui.vm.TextBudget;

/**
 * A text area for a long text (the goals): it grows with its text up to a number of lines and scrolls beyond,
 * and keeps within the text limit, saying under it how many characters are left and refusing, with a message,
 * what would pass the limit.
 */
final class LongTextArea {

    static final int MIN_ROWS = 5;
    static final int MAX_ROWS = 16;
    /** Width the area's borders, padding and scroll bar take from its text. */
    private static final double CHROME = 28;

    private LongTextArea() {
    }

    /** Limits an area that stands in a pane (its label above it), adding the note right under it (id: the area's and {@code -limit}). */
    static Label limit(TextArea area, TextBudget budget) {
        Label note = TextLimit.install(area, budget);
        note.setId(area.getId() + "-limit");
        note.setWrapText(true);
        if (area.getParent() instanceof Pane parent) {
            parent.getChildren().add(parent.getChildren().indexOf(area) + 1, note);
        }
        grow(area);
        return note;
    }

    /** Makes the area as tall as its wrapped text, between {@link #MIN_ROWS} and {@link #MAX_ROWS} lines. */
    private static void grow(TextArea area) {
        Text probe = new Text();
        Runnable fit = () -> {
            probe.setFont(area.getFont());
            probe.setWrappingWidth(Math.max(40, area.getWidth() - CHROME));
            probe.setText("X");
            double line = probe.getLayoutBounds().getHeight();
            probe.setText(area.getText() == null ? "" : area.getText());
            int rows = (int) Math.ceil(probe.getLayoutBounds().getHeight() / line);
            area.setPrefRowCount(Math.max(MIN_ROWS, Math.min(MAX_ROWS, rows)));
        };
        area.textProperty().addListener((obs, was, is) -> fit.run());
        area.widthProperty().addListener((obs, was, is) -> fit.run());
        fit.run();
    }
}
