package org.selfeval.ui.vm;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.selfeval.i18n.Messages;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.model.FormModel;

/**
 * 导出 Excel… and 导入 Excel… of the File menu. The form is frozen on the window's thread and the workbook is
 * written or read in the {@link Background} (the first workbook of a run loads Apache POI, about a second);
 * while that runs {@link #busyProperty()} says what is going on.
 */
public final class WorkbookActions {

    private static final String EXTENSION = ".xlsx";

    private final DocumentSession session;
    private final Supplier<WorkbookFiles> workbooksFactory;
    private WorkbookFiles workbooks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Background background;
    private final Predicate<URI> openFolder;
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");

    /**
     * @param workbooksFactory makes the workbook code on first use: the xlsx package and POI stay unloaded until
     *                         the officer exports or imports, so that they cost nothing at start-up
     * @param openFolder       opens a folder in the desktop's file manager; false when it could not
     */
    public WorkbookActions(DocumentSession session, Supplier<WorkbookFiles> workbooksFactory, Messages messages,
                           DialogService dialogs, Background background, Predicate<URI> openFolder) {
        this.session = Objects.requireNonNull(session, "session");
        this.workbooksFactory = Objects.requireNonNull(workbooksFactory, "workbooksFactory");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.background = Objects.requireNonNull(background, "background");
        this.openFolder = Objects.requireNonNull(openFolder, "openFolder");
    }

    /** What is running in the background (e.g. 正在导出…), empty when nothing is. */
    public ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return !busy.get().isEmpty();
    }

    /** 导出 Excel…: asks where (proposing {@code <年度>年度<项目名称>绩效自评表.xlsx}), then writes the workbook. */
    public void exportWorkbook() {
        if (isBusy()) {
            return;
        }
        FormModel form = session.document().form();
        Optional<Path> chosen = dialogs.chooseWorkbookToSave(session.folder(), workbooks().suggestedFileName(form));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get()).toAbsolutePath().normalize();
        WorkbookFiles.Export frozen = workbooks().prepareExport(form); // the form now; later edits are not in it
        busy.set(messages.get("wiring.export.busy", String.valueOf(target.getFileName())));
        background.run(() -> {
            frozen.writeTo(target);
            return target;
        }, this::exported, failure -> {
            busy.set("");
            dialogs.showError(failure instanceof LocalizedIOException known ? known.describe(messages)
                    : messages.get("wiring.export.failed", target.toString(), reason(failure)));
        });
    }

    private void exported(Path target) {
        busy.set("");
        Path folder = target.getParent();
        if (dialogs.offerOpenFolder(messages.get("wiring.export.done", target.toString()))
                && folder != null && !openFolder.test(folder.toUri())) {
            dialogs.showError(messages.get("editor.error.openFolder", folder.toString()));
        }
    }

    /**
     * 导入 Excel…: reads a workbook and opens the form in it as a new unsaved document, after asking about
     * unsaved changes; what could not be placed is shown. A refused workbook changes nothing.
     */
    public void importWorkbook() {
        if (isBusy()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseWorkbookToOpen(session.folder());
        if (chosen.isEmpty()) {
            return;
        }
        Path source = chosen.get().toAbsolutePath().normalize();
        WorkbookFiles reader = workbooks();
        busy.set(messages.get("wiring.import.busy", String.valueOf(source.getFileName())));
        background.run(() -> reader.read(source), result -> {
            busy.set("");
            imported(result);
        }, failure -> {
            busy.set("");
            dialogs.showError(failure instanceof LocalizedIOException refused ? refused.describe(messages)
                    : messages.get("wiring.import.failed", source.toString(), reason(failure)));
        });
    }

    /** An unforeseen failure in plain words; the open form and its recovery record are untouched by it. */
    private String reason(Throwable failure) {
        LocalizedIOException.Phrase why = LocalizedIOException.unexpected(failure);
        return messages.get(why.key(), why.args());
    }

    private void imported(WorkbookFiles.Imported result) {
        if (!session.openUnsaved(result.document()) || result.notes().isEmpty()) {
            return;
        }
        dialogs.showNotes(messages.get("wiring.import.notes", result.notes().size()), result.notes());
    }

    private WorkbookFiles workbooks() {
        if (workbooks == null) {
            workbooks = workbooksFactory.get();
        }
        return workbooks;
    }

    private static Path withExtension(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? path : path.resolveSibling(name + EXTENSION);
    }
}
