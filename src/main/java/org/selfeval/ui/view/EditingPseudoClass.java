package org.selfeval.ui.view;

import javafx.css.PseudoClass;
import javafx.scene.control.Cell;

/**
 * Gives a table cell the {@code :editing} pseudo-class while it edits (JavaFX's cells have none), so that the
 * style sheet can fit the editor into the row's fixed height.
 */
final class EditingPseudoClass {

    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");

    private EditingPseudoClass() {
    }

    static <C extends Cell<?>> C marked(C cell) {
        cell.editingProperty().addListener((obs, was, is) -> cell.pseudoClassStateChanged(EDITING, is));
        return cell;
    }
}
