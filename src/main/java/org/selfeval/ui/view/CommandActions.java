package org.selfeval.ui.view;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.selfeval.i18n.Messages;
import org.selfeval.ui.vm.EditorCommand;
import org.selfeval.ui.vm.EditorCommands;

/**
 * The window's commands as ControlsFX actions, one per command: what it says, its keys, what it does and, bound
 * to {@link EditorCommands}, when it applies. Menu items and tool-bar buttons are made from these actions only,
 * so a command is wired in one place and is disabled everywhere at once.
 */
final class CommandActions {

    private final Messages messages;
    private final Map<EditorCommand, Action> actions = new EnumMap<>(EditorCommand.class);
    private final ToggleGroup languages = new ToggleGroup();

    /** @param handlers what each command does; every command must have one */
    CommandActions(Messages messages, EditorCommands states, Map<EditorCommand, Runnable> handlers) {
        this.messages = messages;
        for (EditorCommand command : EditorCommand.values()) {
            Runnable handler = handlers.get(command);
            if (handler == null) {
                throw new IllegalArgumentException("no handler for " + command);
            }
            String text = messages.get(command.textKey());
            actions.put(command, action(text, text, command.keys(), handler, states.enabled(command)));
        }
    }

    /**
     * One command as an action.
     *
     * @param keys    its keys, or {@code null}
     * @param enabled when it applies
     */
    static Action action(String text, String longText, String keys, Runnable run, ObservableValue<Boolean> enabled) {
        Action action = new Action(text, e -> run.run());
        action.setLongText(longText);
        if (keys != null) {
            action.setAccelerator(KeyCombination.valueOf(keys));
        }
        action.disabledProperty().bind(enabled.map(on -> !on));
        return action;
    }

    Action get(EditorCommand command) {
        return actions.get(command);
    }

    /** Runs a command if it applies now (a second key for it, a drop of a file). */
    void run(EditorCommand command) {
        Action action = actions.get(command);
        if (!action.isDisabled()) {
            action.handle(new javafx.event.ActionEvent());
        }
    }

    MenuItem menuItem(EditorCommand command) {
        MenuItem item = ActionUtils.createMenuItem(actions.get(command));
        item.setId("command-" + command.name());
        return item;
    }

    /** A menu item with a tick, whose state follows {@code selected} both ways (e.g. wrapping). */
    CheckMenuItem checkItem(EditorCommand command, javafx.beans.property.BooleanProperty selected) {
        Action action = actions.get(command);
        action.selectedProperty().bindBidirectional(selected);
        CheckMenuItem item = ActionUtils.createCheckMenuItem(action);
        item.setId("command-" + command.name());
        return item;
    }

    /**
     * One of the language items, each named in its own language (so a reader of either finds it; its id says which,
     * {@code chineseItem} or {@code englishItem}); the current language's is ticked.
     */
    RadioMenuItem languageItem(EditorCommand command, boolean current) {
        RadioMenuItem item = ActionUtils.createRadioMenuItem(actions.get(command));
        item.setId(command == EditorCommand.CHINESE ? "chineseItem" : "englishItem");
        item.setToggleGroup(languages);
        item.setSelected(current);
        return item;
    }

    /** The tool-bar button of a command: its short label, the full name as tooltip. */
    Button button(EditorCommand command) {
        Button button = ActionUtils.createButton(actions.get(command));
        button.textProperty().unbind();
        button.setText(messages.get(command.toolKey()));
        button.setId("tool-" + command.name());
        button.setFocusTraversable(false); // the keyboard stays in the form
        return button;
    }
}
