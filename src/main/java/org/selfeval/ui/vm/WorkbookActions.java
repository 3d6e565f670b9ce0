package org.selfeval.ui.vm;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.selfeval.i18n.Messages;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.model.FormModel;

/**
 * 导出 Excel…, 导入 Excel…, 导出 PDF… and 生成自评报告… of the File menu. The form is frozen on the window's thread
 * and the file is written or read in the {@link Background} (the first workbook of a run loads Apache POI, about a
 * second); while that runs {@link #busyProperty()} says what is going on.
 */
public final class WorkbookActions {

    private static final String EXTENSION = ".xlsx";

    private final DocumentSession session;
    private final Supplier<WorkbookFiles> workbooksFactory;
    private WorkbookFiles workbooks;
    private final Supplier<Deliverables> deliverablesFactory;
    private Deliverables deliverables;
    private final Messages messages;
    private final DialogService dialogs;
    private final Background background;
    private final Predicate<URI> openFolder;
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");

    /**
     * @param workbooksFactory makes the workbook code on first use: the xlsx package and POI stay unloaded until
     *                         the officer exports or imports, so that they cost nothing at start-up
     * @param deliverablesFactory likewise makes the PDF and report code (PDFBox, POI's XWPF) on first use
     * @param openFolder       opens a folder in the desktop's file manager; false when it could not
     */
    public WorkbookActions(DocumentSession session, Supplier<WorkbookFiles> workbooksFactory,
                           Supplier<Deliverables> deliverablesFactory, Messages messages, DialogService dialogs,
                           Background background, Predicate<URI> openFolder) {
        this.session = Objects.requireNonNull(session, "session");
        this.workbooksFactory = Objects.requireNonNull(workbooksFactory, "workbooksFactory");
        this.deliverablesFactory = Objects.requireNonNull(deliverablesFactory, "deliverablesFactory");
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
        dialogs.chooseWorkbookToSave(session.folder(), workbooks().suggestedFileName(form))
                .ifPresent(chosen -> write(form, withExtension(chosen, EXTENSION), workbooks()::prepareExport));
    }

    /** 导出 PDF… or 生成自评报告…: asks where (proposing the document's usual name), then writes it. */
    public void write(Deliverables.Kind kind) {
        if (isBusy()) {
            return;
        }
        FormModel form = session.document().form();
        dialogs.chooseDocumentToSave(session.folder(), deliverables().suggestedFileName(kind, form), kind)
                .ifPresent(chosen -> write(form, withExtension(chosen, kind.extension()),
                        f -> deliverables().prepare(kind, f)));
    }

    private void write(FormModel form, Path chosen, Function<FormModel, WorkbookFiles.Export> prepare) {
        Path target = chosen.toAbsolutePath().normalize();
        WorkbookFiles.Export frozen = prepare.apply(form); // the form now; later edits are not in it
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
        dialogs.chooseWorkbookToOpen(session.folder()).ifPresent(this::importWorkbook);
    }

    /** A file of a folder check, opened in the window: a form file as 打开 opens it, a workbook as an import. */
    public void openChecked(Path file) {
        if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            importWorkbook(file);
        } else {
            session.open(file);
        }
    }

    /** Imports a given workbook (one a folder check found) as {@link #importWorkbook()} does a chosen one. */
    public void importWorkbook(Path workbook) {
        if (isBusy()) {
            return;
        }
        Path source = workbook.toAbsolutePath().normalize();
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

    /** The form opens; what could not be placed is a notice, its list shown when asked for. */
    private void imported(WorkbookFiles.Imported result) {
        if (!session.openUnsaved(result.document()) || result.notes().isEmpty()) {
            return;
        }
        String heading = messages.get("wiring.import.notes", result.notes().size());
        session.notice(new Notice(heading, messages.get("editor.notice.details"),
                () -> dialogs.showNotes(heading, result.notes())));
    }

    private Deliverables deliverables() {
        if (deliverables == null) {
            deliverables = deliverablesFactory.get();
        }
        return deliverables;
    }

    private WorkbookFiles workbooks() {
        if (workbooks == null) {
            workbooks = workbooksFactory.get();
        }
        return workbooks;
    }

    /** The path with the extension added when the officer typed a name without it. */
    private static Path withExtension(Path path, String extension) {
        String name = String.valueOf(path.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }
}
