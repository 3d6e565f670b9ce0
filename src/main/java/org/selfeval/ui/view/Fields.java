package org.selfeval.ui.view;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.selfeval.check.Location;
import org.selfeval.check.Severity;
import org.selfeval.ui.vm.ProblemsViewModel;

/**
 * Connects a text field to a view model: it shows the model's value, and what was typed is committed as one
 * undoable step when the officer presses Enter (in single-line fields) or leaves the field; Escape restores.
 */
final class Fields {

    static final String ERROR_CLASS = "problem-error";
    static final String WARNING_CLASS = "problem-warning";

    private Fields() {
    }

    /**
     * Binds a field to a value that commits on Enter or when the field is left, and reverts on Escape.
     *
     * @param draft told the text while it is typed and differs from the value, and {@code null} once it does not
     *              (for crash recovery); {@code null} if this field's typing need not be kept
     */
    static void bind(TextInputControl field, ObservableValue<String> shown,
                     Function<String, Optional<String>> commit, Consumer<String> refused, Consumer<String> draft) {
        field.setText(shown.getValue());
        shown.addListener((obs, before, after) -> field.setText(after));
        if (draft != null) {
            field.textProperty().addListener((obs, before, after) -> {
                boolean typed = field.isFocused() && after != null && !after.equals(shown.getValue());
                draft.accept(typed ? after : null);
            });
        }
        Runnable doCommit = () -> {
            String typed = field.getText();
            if (draft != null) {
                draft.accept(null); // committed or refused now: the field shows the value again
            }
            if (typed.equals(shown.getValue())) {
                return;
            }
            Optional<String> message = commit.apply(typed);
            message.ifPresentOrElse(refused, () -> refused.accept("")); // an accepted entry ends an old refusal
            field.setText(shown.getValue()); // the value as the model keeps it (351.59 → 351.590000), or the old one
        };
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                doCommit.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(shown.getValue());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !(field instanceof TextArea)) {
                doCommit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && field instanceof TextArea && !e.isControlDown()
                    && !e.isAltDown() && !e.isMetaDown()) {
                // A tab character is never wanted in a goal; Tab moves on as in every other field. The text
                // area moves the focus on Ctrl+Tab, so it gets that instead.
                e.consume();
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /**
     * Ends typing in the focused field or table cell of {@code root}'s scene, which commits it, and gives the
     * keyboard back where it was: the same field with the same caret, or the table whose cell was edited.
     */
    static void commitTyping(Parent root) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focused == null || focused instanceof TableView) {
            return;
        }
        TableView<?> table = null;
        for (Node n = focused.getParent(); n != null && table == null; n = n.getParent()) {
            if (n instanceof TableView<?> t) {
                table = t;
            }
        }
        int anchor = focused instanceof TextInputControl field ? field.getAnchor() : 0;
        int caret = focused instanceof TextInputControl field ? field.getCaretPosition() : 0;
        root.requestFocus(); // leaving the field or cell commits it
        if (table != null) {
            table.requestFocus();
        } else {
            focused.requestFocus();
            if (focused instanceof TextInputControl field) {
                int end = field.getLength();
                field.selectRange(Math.min(anchor, end), Math.min(caret, end));
            }
        }
    }

    /** Marks a control that the checks flag, with their messages as its tooltip. */
    static void decorate(Control control, Location location, ProblemsViewModel problems) {
        Runnable apply = () -> {
            control.getStyleClass().removeAll(ERROR_CLASS, WARNING_CLASS);
            Optional<String> message = problems.messageAt(location);
            if (message.isPresent()) {
                Severity severity = problems.severityAt(location).orElse(Severity.WARNING);
                control.getStyleClass().add(severity == Severity.ERROR ? ERROR_CLASS : WARNING_CLASS);
                control.setTooltip(new Tooltip(message.get()));
            } else {
                control.setTooltip(null);
            }
        };
        apply.run();
        problems.revisionProperty().addListener((obs, before, after) -> apply.run());
    }
}
