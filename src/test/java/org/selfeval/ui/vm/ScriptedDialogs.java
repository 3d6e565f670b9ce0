package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.selfeval.scoring.Profile;

/** A {@link DialogService} that answers from a script and records what it was asked. */
public class ScriptedDialogs implements DialogService {

    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<Path> openAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAsAnswers = new ArrayDeque<>();
    public Profile editionAnswer;
    /** What 版式与评分规则… answers: the rules chosen, or null for 取消. */
    public Profile rulesAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public Path lastOpenFolder;

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        asked.add("save? " + documentName);
        return saveAnswers.isEmpty() ? SaveChoice.CANCEL : saveAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        asked.add("open");
        lastOpenFolder = folder;
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String fileName) {
        asked.add("save as " + fileName);
        return Optional.ofNullable(saveAsAnswers.poll());
    }

    @Override
    public Optional<Profile> editRules(Profile current, List<Profile> presets) {
        return Optional.ofNullable(rulesAnswer);
    }

    @Override
    public Optional<Profile> chooseEdition(List<Profile> editions, Profile proposed) {
        asked.add("edition");
        return Optional.ofNullable(editionAnswer);
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    public final Deque<FailedSaveChoice> failedSaveAnswers = new ArrayDeque<>();
    public final Deque<Path> workbookOpenAnswers = new ArrayDeque<>();
    public final Deque<Path> workbookSaveAnswers = new ArrayDeque<>();
    public final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
    public boolean openFolderAnswer;
    public final List<String> infos = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    @Override
    public FailedSaveChoice askAfterFailedSave(String message, boolean canRetry) {
        asked.add("failed save" + (canRetry ? " (retry)" : ""));
        errors.add(message);
        return failedSaveAnswers.isEmpty() ? FailedSaveChoice.CANCEL : failedSaveAnswers.pop();
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        asked.add("import");
        return Optional.ofNullable(workbookOpenAnswers.poll());
    }

    public final Deque<Path> documentSaveAnswers = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseDocumentToSave(Path folder, String fileName, Deliverables.Kind kind) {
        asked.add("write as " + fileName);
        return Optional.ofNullable(documentSaveAnswers.poll());
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Path folder, String fileName) {
        asked.add("export as " + fileName);
        return Optional.ofNullable(workbookSaveAnswers.poll());
    }

    public final Deque<Path> folderAnswers = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        asked.add("folder");
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public boolean offerOpenFolder(String message) {
        infos.add(message);
        return openFolderAnswer;
    }

    @Override
    public void showNotes(String heading, List<String> notes) {
        infos.add(heading);
        this.notes.addAll(notes);
    }

    @Override
    public RecoveryChoice askRecovery(String documentName, String savedAt) {
        asked.add("recover " + documentName + " @ " + savedAt);
        return recoveryAnswers.isEmpty() ? RecoveryChoice.LATER : recoveryAnswers.pop();
    }
}
