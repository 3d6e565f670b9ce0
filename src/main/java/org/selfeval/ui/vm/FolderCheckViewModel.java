package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.selfeval.folder.FolderCheck;
import org.selfeval.folder.FolderScan;
import org.selfeval.folder.FormReport;
import org.selfeval.folder.SummaryTables;
import org.selfeval.i18n.Messages;
import org.selfeval.io.LocalizedIOException;

/**
 * 检查文件夹…: every form of a folder checked in the {@link Background} (workbooks load Apache POI, and a folder
 * may hold hundreds of files), each file's row added on the window's thread as it is done, with the progress; at
 * the end the rows in the summary's order (by unit). The same rows can be saved as the summary workbook.
 */
public final class FolderCheckViewModel {

    private final Supplier<FolderCheck> checks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Background background;
    private final Executor fxThread;
    private final ObservableList<FormReport> reports = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private volatile boolean cancelled;
    private Path folder;

    /**
     * @param checks   makes the checker, in the background (it reads workbooks with POI)
     * @param fxThread runs a row's arrival on the window's thread ({@code Platform::runLater}; tests: at once)
     */
    public FolderCheckViewModel(Supplier<FolderCheck> checks, Messages messages, DialogService dialogs,
                                Background background, Executor fxThread) {
        this.checks = Objects.requireNonNull(checks, "checks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** One row per file checked so far. */
    public ObservableList<FormReport> reports() {
        return reports;
    }

    /** From 0 to 1; {@link javafx.scene.control.ProgressIndicator#INDETERMINATE_PROGRESS} while listing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is going on, or how it came out. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The folder checked; {@code null} before {@link #start}. */
    public Path folder() {
        return folder;
    }

    /** Checks the forms of a folder, replacing the rows of an earlier check. */
    public void start(Path chosen) {
        if (running.get()) {
            return;
        }
        folder = chosen.toAbsolutePath().normalize();
        Path checked = folder;
        reports.clear();
        cancelled = false;
        running.set(true);
        progress.set(-1);
        background.run(() -> {
            FolderScan.Listing listing = FolderScan.scan(checked, Set.of());
            int total = listing.files().size() + listing.unreadable().size();
            FolderCheck check = checks.get();
            int[] done = {0};
            check.run(listing, report -> {
                int n = ++done[0];
                fxThread.execute(() -> arrived(report, n, total));
            }, () -> cancelled);
            return listing;
        }, listing -> fxThread.execute(() -> finished(listing)), failure -> {
            running.set(false);
            progress.set(0);
            status.set(messages.get("folderCheck.failed", checked.toString(), String.valueOf(failure.getMessage())));
        });
    }

    /** Stops after the file being checked (the window was closed). */
    public void cancel() {
        cancelled = true;
    }

    private void arrived(FormReport report, int done, int total) {
        reports.add(report);
        progress.set(total == 0 ? 1 : (double) done / total);
        status.set(messages.get("folderCheck.running", done, total, report.name()));
    }

    private void finished(FolderScan.Listing listing) {
        running.set(false);
        progress.set(1);
        reports.setAll(SummaryTables.byUnit(reports));
        if (reports.isEmpty()) {
            status.set(messages.get("folderCheck.empty"));
            return;
        }
        String done = messages.get("folderCheck.done", reports.size(), count(FormReport.Verdict.FINE),
                count(FormReport.Verdict.ERRORS), count(FormReport.Verdict.UNREADABLE));
        status.set(listing.truncated()
                ? messages.get("folderCheck.truncated", FolderScan.MAX_FILES) + " " + done : done);
    }

    private long count(FormReport.Verdict verdict) {
        return reports.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** 保存汇总表…: asks where, then writes the rows shown as the summary workbook, in the background. */
    public void saveSummary() {
        if (running.get() || reports.isEmpty()) {
            return;
        }
        var chosen = dialogs.chooseWorkbookToSave(folder, messages.get("summary.fileName"));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toAbsolutePath().normalize();
        List<FormReport> rows = List.copyOf(reports);
        background.run(() -> {
            new SummaryTables(messages).write(target, rows);
            return target;
        }, written -> status.set(messages.get("folderCheck.summarySaved", written.toString())),
                failure -> dialogs.showError(failure instanceof LocalizedIOException known
                        ? known.describe(messages)
                        : messages.get("io.error.write", target.toString(), String.valueOf(failure.getMessage()))));
    }
}
