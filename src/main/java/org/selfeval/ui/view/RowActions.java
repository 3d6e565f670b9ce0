package org.selfeval.ui.view;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.selfeval.i18n.Messages;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/**
 * The row commands of the indicator tables as ControlsFX actions ({@link CommandActions#action}), one per command:
 * what it says, its keys, and when it applies, bound to the table view model's state (Delete is disabled with no
 * row selected). The Edit menu has one set acting on the table last used; each table has one for its buttons and
 * context menu, made here from the same definitions.
 */
final class RowActions {

    final Action insert;
    final Action add;
    final Action duplicate;
    final Action delete;
    final Action up;
    final Action down;
    final Action copy;
    final Action paste;
    final Action resetScore;

    /**
     * @param target the table the actions act on when they run
     * @param state  that table's view model, whose bindings enable the actions ({@code null}: all disabled)
     * @param keys   whether the actions carry their keys (only one set may: the Edit menu's)
     */
    RowActions(Messages messages, Supplier<IndicatorTableView> target,
               ObservableValue<IndicatorTableViewModel> state, boolean keys) {
        insert = action(messages, "editor.row.insert", keys ? "Shortcut+I" : null, target,
                IndicatorTableView::insertRow, state, null);
        add = action(messages, "editor.row.add", keys ? "Shortcut+Shift+I" : null, target,
                IndicatorTableView::addRow, state, null);
        duplicate = action(messages, "editor.row.duplicate", keys ? "Shortcut+D" : null, target,
                IndicatorTableView::duplicate, state, IndicatorTableViewModel::hasSelection);
        delete = action(messages, "editor.row.delete", keys ? "Shortcut+Delete" : null, target,
                IndicatorTableView::deleteRows, state, IndicatorTableViewModel::hasSelection);
        up = action(messages, "editor.row.up", keys ? "Alt+Up" : null, target, IndicatorTableView::moveUp, state,
                t -> t.canMove(-1));
        down = action(messages, "editor.row.down", keys ? "Alt+Down" : null, target, IndicatorTableView::moveDown,
                state, t -> t.canMove(1));
        copy = action(messages, "editor.row.copy", null, target, IndicatorTableView::copy, state,
                IndicatorTableViewModel::hasSelection);
        paste = action(messages, "editor.row.paste", null, target, IndicatorTableView::paste, state, null);
        resetScore = action(messages, "editor.row.resetScore", null, target, IndicatorTableView::resetScore, state,
                IndicatorTableViewModel::hasSelection);
    }

    /** Menu items in the menus' order, with separators between the groups (Edit menu, context menu). */
    List<MenuItem> menuItems() {
        // A separator item of JavaFX's own: ActionUtils' ACTION_SEPARATOR made into an item shows an empty row.
        return List.of(menuItem(insert), menuItem(add), menuItem(duplicate), menuItem(delete),
                new SeparatorMenuItem(), menuItem(up), menuItem(down),
                new SeparatorMenuItem(), menuItem(copy), menuItem(paste),
                new SeparatorMenuItem(), menuItem(resetScore));
    }

    ContextMenu contextMenu() {
        return new ContextMenu(menuItems().toArray(MenuItem[]::new));
    }

    /** The buttons of a table's heading: short labels, the long text as tooltip. */
    List<Node> buttons() {
        return List.of(button(add), button(insert), button(duplicate), button(delete), button(up), button(down),
                button(resetScore));
    }

    private static Button button(Action action) {
        Button button = ActionUtils.createButton(action);
        button.getStyleClass().add("row-button");
        button.setFocusTraversable(false); // the keyboard stays in the table
        button.setMinWidth(Region.USE_PREF_SIZE); // on a narrow screen the 小计 beside them gives way, not they
        return button;
    }

    /** A menu says the command in full: the action's long text (the short one is a button's label). */
    private static MenuItem menuItem(Action action) {
        MenuItem item = ActionUtils.createMenuItem(action);
        item.textProperty().unbind();
        item.setText(action.getLongText());
        return item;
    }

    /** A row command acting on the target table, enabled while {@code applies} says so of the table in use. */
    private static Action action(Messages messages, String key, String keys, Supplier<IndicatorTableView> target,
                                 Consumer<IndicatorTableView> run, ObservableValue<IndicatorTableViewModel> state,
                                 Function<IndicatorTableViewModel, ObservableBooleanValue> applies) {
        ObservableValue<Boolean> enabled = state.flatMap(table -> applies == null ? new ReadOnlyBooleanWrapper(true)
                : applies.apply(table)).orElse(false);
        return CommandActions.action(messages.get(key), messages.get(key + ".tip"), keys, () -> {
            IndicatorTableView table = target.get();
            if (table != null) {
                table.table().commitTyping(); // a button or a menu leaves the cell editing: what it holds counts first
                run.accept(table);
            }
        }, enabled);
    }
}
