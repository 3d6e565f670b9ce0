package org.selfeval.ui.view;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.selfeval.folder.FolderCheck;
import org.selfeval.i18n.Messages;
import org.selfeval.print.FormPrinter;
import org.selfeval.print.PrintPreview;
import org.selfeval.ui.vm.Deliverables;
import org.selfeval.ui.vm.DialogService;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.EditorCommand;
import org.selfeval.ui.vm.FolderCheckViewModel;
import org.selfeval.ui.vm.NextYearAction;
import org.selfeval.ui.vm.WorkbookActions;

/**
 * What each of the window's commands does, in one table. A command that works on the form first commits the typing
 * in progress, so that what is saved, exported or undone is what the officer sees.
 */
final class WindowCommands {

    private final Stage stage;
    private final DocumentSession session;
    private final WorkbookActions workbooks;
    private final DialogService dialogs;
    private final WindowServices services;
    private final Messages messages;
    private final Runnable commitTyping;

    WindowCommands(Stage stage, DocumentSession session, WorkbookActions workbooks, DialogService dialogs,
                   WindowServices services, Runnable commitTyping) {
        this.stage = stage;
        this.session = session;
        this.workbooks = workbooks;
        this.dialogs = dialogs;
        this.services = services;
        this.messages = session.messages();
        this.commitTyping = commitTyping;
    }

    Map<EditorCommand, Runnable> handlers() {
        Map<EditorCommand, Runnable> map = new EnumMap<>(EditorCommand.class);
        committing(map, EditorCommand.NEW, session::newForm);
        committing(map, EditorCommand.NEXT_YEAR, () -> new NextYearAction(session, messages, dialogs).run());
        committing(map, EditorCommand.OPEN, session::open);
        committing(map, EditorCommand.SAVE, session::save);
        committing(map, EditorCommand.SAVE_AS, session::saveAs);
        committing(map, EditorCommand.EXPORT_XLSX, workbooks::exportWorkbook);
        committing(map, EditorCommand.IMPORT_XLSX, workbooks::importWorkbook);
        committing(map, EditorCommand.EXPORT_PDF, () -> workbooks.write(Deliverables.Kind.PDF));
        committing(map, EditorCommand.WRITE_REPORT, () -> workbooks.write(Deliverables.Kind.REPORT));
        committing(map, EditorCommand.CHECK_FOLDER, () -> dialogs.chooseFolder(session.folder())
                .ifPresent(this::checkFolder));
        committing(map, EditorCommand.RULES, session::editRules);
        committing(map, EditorCommand.PRINT_PREVIEW, () -> PrintPreview.show(stage, session.document().form(),
                messages));
        committing(map, EditorCommand.PRINT, () -> new FormPrinter(messages).print(stage, session.document().form()));
        map.put(EditorCommand.OPEN_FOLDER, this::openFolder);
        committing(map, EditorCommand.EXIT, this::exit);
        committing(map, EditorCommand.UNDO, () -> session.document().stack().undo());
        committing(map, EditorCommand.REDO, () -> session.document().stack().redo());
        FormLook look = services.look();
        map.put(EditorCommand.ZOOM_IN, () -> look.zoomBy(1));
        map.put(EditorCommand.ZOOM_OUT, () -> look.zoomBy(-1));
        map.put(EditorCommand.ZOOM_RESET, () -> look.zoomProperty().set(1));
        map.put(EditorCommand.WRAP, () -> { }); // the item's tick is bound to the look both ways
        committing(map, EditorCommand.CHINESE, () -> services.language().accept("zh"));
        committing(map, EditorCommand.ENGLISH, () -> services.language().accept("en"));
        map.put(EditorCommand.HELP, () -> new HelpDialog(messages, stage).show());
        return map;
    }

    private void committing(Map<EditorCommand, Runnable> map, EditorCommand command, Runnable run) {
        map.put(command, () -> {
            commitTyping.run();
            run.run();
        });
    }

    /** Opens the window of 检查文件夹… on a folder and checks it (the menu, after asking; tests, directly). */
    FolderCheckWindow checkFolder(Path folder) {
        FolderCheckViewModel check = new FolderCheckViewModel(() -> new FolderCheck(session.catalog(), messages),
                messages, dialogs, services.background(), Platform::runLater);
        FolderCheckWindow window = new FolderCheckWindow(stage, check, messages, file -> {
            commitTyping.run();
            stage.toFront();
            workbooks.openChecked(file);
        }, services.styleSheet());
        window.show(folder);
        return window;
    }

    private void openFolder() {
        Path file = session.fileProperty().get();
        if (file != null && file.getParent() != null && !services.links().open(file.getParent().toUri())) {
            dialogs.showError(messages.get("editor.error.openFolder", file.getParent().toString()));
        }
    }

    /** Closes the window once unsaved work is saved or given up (a save may take a moment in the background). */
    void exit() {
        session.whenDiscardable(() -> {
            session.close();
            stage.close();
        }, refused -> { });
    }
}
