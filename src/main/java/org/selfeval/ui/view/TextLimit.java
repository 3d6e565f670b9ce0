package org.selfeval.ui.view;

import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import org.selfeval.ui.vm.TextBudget;

/**
 * Keeps a text field or area within the text limit: a note beside it counts down the characters left near the
 * limit, and an entry or paste that would pass it is refused whole, the note saying why.
 */
final class TextLimit {

    /** Style class of the note. */
    static final String NOTE_CLASS = "text-limit";

    private TextLimit() {
    }

    /** A note, shown only while it has something to say, that counts for the control. */
    static Label install(TextInputControl control, TextBudget budget) {
        Label note = new Label();
        note.getStyleClass().add(NOTE_CLASS);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        control.setTextFormatter(new TextFormatter<String>(change -> {
            int before = change.getControlText().length();
            int after = change.getControlNewText().length();
            if (budget.accepts(before, after)) {
                return change;
            }
            note.setText(budget.refusal(after));
            return null;
        }));
        control.textProperty().addListener((obs, was, is) -> note.setText(budget.note(is.length())));
        note.setText(budget.note(control.getLength()));
        return note;
    }
}
