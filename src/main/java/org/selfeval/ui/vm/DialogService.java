package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.selfeval.scoring.Profile;

/** The questions the editor asks the officer; behind an interface so view models are tested without windows. */
public interface DialogService {

    /** The answer to "save changes before …?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the changes to a form before they would be lost. */
    SaveChoice askSaveChanges(String documentName);

    /** Lets the officer pick a form file to open. */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Lets the officer pick where to save; {@code fileName} is proposed. */
    Optional<Path> chooseFileToSave(Path folder, String fileName);

    /** Lets the officer pick the edition of a new form. */
    Optional<Profile> chooseEdition(List<Profile> editions, Profile proposed);

    /**
     * 版式与评分规则…: shows the open form's rules; the officer picks a preset, changes a rule, loads or saves an
     * edition file. Empty when cancelled or nothing changed.
     */
    Optional<Profile> editRules(Profile current, List<Profile> presets);

    /** Tells the officer something went wrong. */
    void showError(String message);

    /** The answer after a save failed. */
    enum FailedSaveChoice { RETRY, SAVE_AS, CANCEL }

    /**
     * Says why a save failed (the form stays unsaved) and offers Save As, and Retry when {@code canRetry} (a file
     * held by another program may be free a moment later).
     */
    FailedSaveChoice askAfterFailedSave(String message, boolean canRetry);

    /** Lets the officer pick an Excel workbook to import. */
    Optional<Path> chooseWorkbookToOpen(Path folder);

    /** Lets the officer pick where to export the workbook; {@code fileName} is proposed. */
    Optional<Path> chooseWorkbookToSave(Path folder, String fileName);

    /** Where to write a document of the given kind (导出 PDF…, 生成自评报告…), proposing a file name. */
    Optional<Path> chooseDocumentToSave(Path folder, String fileName, Deliverables.Kind kind);

    /** Lets the officer pick a folder (of forms to check). */
    Optional<Path> chooseFolder(Path folder);

    /** Says that something is done and offers to open the folder it is in; true when the officer wants that. */
    boolean offerOpenFolder(String message);

    /** Shows a list of remarks (e.g. what an import could not place) under a heading. */
    void showNotes(String heading, List<String> notes);

    /** The answer to "restore the work left by a crash?". */
    enum RecoveryChoice { RESTORE, DISCARD, LATER }

    /** Offers the unsaved work of a run that ended without closing: restore, discard, or decide later. */
    RecoveryChoice askRecovery(String documentName, String savedAt);
}
