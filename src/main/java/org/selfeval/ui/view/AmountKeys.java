package org.selfeval.ui.view;

import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The 项目资金 amounts behave like spreadsheet cells: entering one selects its figure, so that typing replaces it
 * (a click that only placed the caret made 1,234.5 into 1,234.51234.500000), and Enter commits and moves down
 * the column, on to the next column's top from its last row; Shift+Enter moves up.
 */
final class AmountKeys {

    private AmountKeys() {
    }

    /** Installs the behaviour on a grid of amount fields, {@code columns.get(c).get(r)}. */
    static void install(List<List<TextField>> columns) {
        for (int c = 0; c < columns.size(); c++) {
            for (int r = 0; r < columns.get(c).size(); r++) {
                TextField field = columns.get(c).get(r);
                int column = c;
                int row = r;
                selectOnEntry(field);
                // A filter of its own after the one that commits: both run, as they are on the same field.
                field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                        next(columns, column, row, e.isShiftDown() ? -1 : 1).requestFocus();
                        e.consume();
                    }
                });
            }
        }
    }

    private static TextField next(List<List<TextField>> columns, int column, int row, int step) {
        int size = columns.get(column).size();
        int r = row + step;
        int c = column;
        if (r >= size && c + 1 < columns.size()) {
            r = 0;
            c++;
        } else if (r < 0 && c > 0) {
            c--;
            r = columns.get(c).size() - 1;
        }
        r = Math.max(0, Math.min(r, columns.get(c).size() - 1));
        return columns.get(c).get(r);
    }

    private static void selectOnEntry(TextField field) {
        field.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                field.selectAll();
            }
        });
        // The field's own mouse handling would place the caret after the focus came and undo the selection.
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !field.isFocused()) {
                field.requestFocus();
                field.selectAll();
                e.consume();
            }
        });
    }
}
