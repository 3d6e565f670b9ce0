package org.selfeval.ui.vm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * When each of the window's commands applies, as observable values the view binds its actions to: Undo with
 * something to undo, Redo with something to redo, 打开所在文件夹 once the form has a file, and no command that
 * reads or writes a file while a save, an open or an export runs. Needs no FX thread.
 */
public final class EditorCommands {

    private final Map<EditorCommand, ObservableValue<Boolean>> enabled = new EnumMap<>(EditorCommand.class);
    private final ObservableValue<Boolean> never = new ReadOnlyBooleanWrapper(false);
    private final ObservableValue<Boolean> always = new ReadOnlyBooleanWrapper(true);

    private final BooleanBinding idle;

    public EditorCommands(DocumentSession session, WorkbookActions workbooks) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(workbooks, "workbooks");
        idle = Bindings.createBooleanBinding(() -> !session.isBusy() && !workbooks.isBusy(),
                session.busyProperty(), workbooks.busyProperty());
        for (EditorCommand command : EditorCommand.values()) {
            enabled.put(command, command.usesFiles() ? idle : always);
        }
        enabled.put(EditorCommand.UNDO,
                session.documentProperty().flatMap(d -> d.stack().canUndoProperty()).orElse(false));
        enabled.put(EditorCommand.REDO,
                session.documentProperty().flatMap(d -> d.stack().canRedoProperty()).orElse(false));
        enabled.put(EditorCommand.OPEN_FOLDER, session.fileProperty().isNotNull());
    }

    /**
     * Narrows when a command applies by a condition of the view's own (e.g. zoom in only below the largest zoom);
     * call before the command's action is made.
     */
    public void onlyWhile(EditorCommand command, ObservableValue<Boolean> condition) {
        ObservableValue<Boolean> before = enabled.get(command);
        enabled.put(command, before.flatMap(on -> on ? condition : never));
    }

    /** Whether the command can run now. */
    public ObservableValue<Boolean> enabled(EditorCommand command) {
        return enabled.get(command);
    }

    /** True while no file is being read or written. */
    public BooleanBinding idle() {
        return idle;
    }
}
