package org.selfeval.ui.view;

import static org.selfeval.ui.vm.EditorCommand.CHECK_FOLDER;
import static org.selfeval.ui.vm.EditorCommand.CHINESE;
import static org.selfeval.ui.vm.EditorCommand.ENGLISH;
import static org.selfeval.ui.vm.EditorCommand.EXIT;
import static org.selfeval.ui.vm.EditorCommand.EXPORT_PDF;
import static org.selfeval.ui.vm.EditorCommand.EXPORT_XLSX;
import static org.selfeval.ui.vm.EditorCommand.HELP;
import static org.selfeval.ui.vm.EditorCommand.IMPORT_XLSX;
import static org.selfeval.ui.vm.EditorCommand.NEW;
import static org.selfeval.ui.vm.EditorCommand.NEXT_YEAR;
import static org.selfeval.ui.vm.EditorCommand.OPEN;
import static org.selfeval.ui.vm.EditorCommand.OPEN_FOLDER;
import static org.selfeval.ui.vm.EditorCommand.PRINT;
import static org.selfeval.ui.vm.EditorCommand.PRINT_PREVIEW;
import static org.selfeval.ui.vm.EditorCommand.REDO;
import static org.selfeval.ui.vm.EditorCommand.RULES;
import static org.selfeval.ui.vm.EditorCommand.SAVE;
import static org.selfeval.ui.vm.EditorCommand.SAVE_AS;
import static org.selfeval.ui.vm.EditorCommand.UNDO;
import static org.selfeval.ui.vm.EditorCommand.WRAP;
import static org.selfeval.ui.vm.EditorCommand.WRITE_REPORT;
import static org.selfeval.ui.vm.EditorCommand.ZOOM_IN;
import static org.selfeval.ui.vm.EditorCommand.ZOOM_OUT;
import static org.selfeval.ui.vm.EditorCommand.ZOOM_RESET;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import org.selfeval.i18n.Messages;
import org.selfeval.ui.vm.EditorCommand;

/** The main window's menu bar and tool bar, in the order the officer finds them, made from the command actions. */
final class WindowMenus {

    private final Messages messages;
    private final CommandActions actions;

    WindowMenus(Messages messages, CommandActions actions) {
        this.messages = messages;
        this.actions = actions;
    }

    /**
     * @param recent   the 最近打开 submenu (its items follow the recent files)
     * @param rowItems the row commands of the table in use, for the Edit menu
     * @param look     the form's zoom and wrapping, which the View menu's tick follows
     * @param english  whether the window speaks English now (its item is ticked)
     */
    MenuBar menuBar(Menu recent, List<MenuItem> rowItems, FormLook look, boolean english) {
        Menu file = menu("editor.menu.file", items(NEW, NEXT_YEAR, OPEN));
        file.getItems().add(recent);
        file.getItems().addAll(separated(List.of(SAVE, SAVE_AS),
                List.of(EXPORT_XLSX, IMPORT_XLSX, EXPORT_PDF, WRITE_REPORT, CHECK_FOLDER, RULES),
                List.of(PRINT_PREVIEW, PRINT), List.of(OPEN_FOLDER), List.of(EXIT)));
        Menu edit = menu("editor.menu.edit", items(UNDO, REDO));
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(rowItems);
        Menu view = menu("editor.menu.view", items(ZOOM_IN, ZOOM_OUT, ZOOM_RESET));
        view.getItems().add(actions.checkItem(WRAP, look.wrapProperty()));
        view.setId("viewMenu");
        view.getItems().get(view.getItems().size() - 1).setId("wrapItem");
        Menu language = menu("editor.menu.language", List.of(actions.languageItem(CHINESE, !english),
                actions.languageItem(ENGLISH, english)));
        Menu help = menu("editor.menu.help", items(HELP));
        return new MenuBar(file, edit, view, language, help);
    }

    /** The tool bar: the commands used most, with short labels. */
    ToolBar toolBar() {
        return new ToolBar(actions.button(NEW), actions.button(OPEN), actions.button(SAVE), new Separator(),
                actions.button(UNDO), actions.button(REDO), new Separator(), actions.button(HELP));
    }

    private Menu menu(String key, List<MenuItem> items) {
        Menu menu = new Menu(messages.get(key));
        menu.getItems().setAll(items);
        return menu;
    }

    private List<MenuItem> items(EditorCommand... commands) {
        List<MenuItem> items = new ArrayList<>();
        for (EditorCommand command : commands) {
            items.add(actions.menuItem(command));
        }
        return items;
    }

    /** Groups of items with a separator before each group. */
    @SafeVarargs
    private List<MenuItem> separated(List<EditorCommand>... groups) {
        List<MenuItem> items = new ArrayList<>();
        for (List<EditorCommand> group : groups) {
            items.add(new SeparatorMenuItem());
            items.addAll(items(group.toArray(EditorCommand[]::new)));
        }
        return items;
    }
}
