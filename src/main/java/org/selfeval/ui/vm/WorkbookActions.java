package org.selfeval.ui.vm;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.selfeval.i18n.Messages;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.model.FormModel;
import org.selfeval.xlsx.ImportResult;
import org.selfeval.xlsx.XlsxExport;
import org.selfeval.xlsx.XlsxImport;
import org.selfeval.xlsx.XlsxReadException;

/**
 * 导出 Excel… and 导入 Excel… of the File menu. The form is frozen on the window's thread and the workbook is
 * written or read in the {@link Background} (the first workbook of a run loads Apache POI, about a second);
 * while that runs {@link #busyProperty()} says what is going on.
 */
public final class WorkbookActions {

    private static final String EXTENSION = ".xlsx";

    private final DocumentSession session;
    private final XlsxExport export;
    private final XlsxImport importer;
    private final Messages messages;
    private final DialogService dialogs;
    private final Background background;
    private final Predicate<URI> openFolder;
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");

    /**
     * @param openFolder opens a folder in the desktop's file manager; false when it could not
     */
    public WorkbookActions(DocumentSession session, XlsxExport export, XlsxImport importer, Messages messages,
                           DialogService dialogs, Background background, Predicate<URI> openFolder) {
        this.session = Objects.requireNonNull(session, "session");
        this.export = Objects.requireNonNull(export, "export");
        this.importer = Objects.requireNonNull(importer, "importer");
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
        Optional<Path> chosen = dialogs.chooseWorkbookToSave(session.folder(), export.suggestedFileName(form));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get()).toAbsolutePath().normalize();
        XlsxExport.Snapshot snapshot = export.snapshot(form); // the form as it is now; later edits are not in it
        busy.set(messages.get("wiring.export.busy", String.valueOf(target.getFileName())));
        background.run(() -> {
            export.write(snapshot, target);
            return target;
        }, this::exported, failure -> {
            busy.set("");
            dialogs.showError(failure instanceof LocalizedIOException known ? known.describe(messages)
                    : messages.get("wiring.export.failed", target.toString(), String.valueOf(failure.getMessage())));
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
        busy.set(messages.get("wiring.import.busy", String.valueOf(source.getFileName())));
        background.run(() -> importer.read(source), result -> {
            busy.set("");
            imported(result);
        }, failure -> {
            busy.set("");
            dialogs.showError(failure instanceof XlsxReadException refused ? refused.describe(messages)
                    : messages.get("wiring.import.failed", source.toString(), String.valueOf(failure.getMessage())));
        });
    }

    private void imported(ImportResult result) {
        if (!session.openUnsaved(result.document()) || result.notes().isEmpty()) {
            return;
        }
        List<String> notes = result.notes().stream().map(n -> n.describe(messages)).toList();
        dialogs.showNotes(messages.get("wiring.import.notes", notes.size()), notes);
    }

    private static Path withExtension(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? path : path.resolveSibling(name + EXTENSION);
    }
}
