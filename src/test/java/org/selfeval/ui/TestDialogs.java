package org.selfeval.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.Profile;
import org.selfeval.ui.vm.Deliverables;

/**
 * The window's real dialogs, except the system file and folder choosers and the edition choice, which a robot cannot
 * drive: those answer from a script; errors are recorded. The other questions are the real ones.
 */
final class TestDialogs extends FxDialogService {

    final Deque<Path> openAnswers = new ArrayDeque<>();
    final Deque<Path> saveAnswers = new ArrayDeque<>();
    final Deque<Path> workbookOpenAnswers = new ArrayDeque<>();
    final Deque<Path> workbookSaveAnswers = new ArrayDeque<>();
    final Deque<Path> folderAnswers = new ArrayDeque<>();
    Profile editionAnswer;
    /** What 版式与评分规则… answers: the rules chosen, or null for 取消. */
    Profile rulesAnswer;
    final List<String> errors = new ArrayList<>();

    TestDialogs(Messages messages) {
        super(messages);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String fileName) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        return Optional.ofNullable(workbookOpenAnswers.poll());
    }

    final Deque<Path> documentSaveAnswers = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseDocumentToSave(Path folder, String fileName, Deliverables.Kind kind) {
        return Optional.ofNullable(documentSaveAnswers.poll());
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Path folder, String fileName) {
        return Optional.ofNullable(workbookSaveAnswers.poll());
    }

    @Override
    public Optional<Profile> editRules(Profile current, List<Profile> presets) {
        return Optional.ofNullable(rulesAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public Optional<Profile> chooseEdition(List<Profile> editions, Profile proposed) {
        return Optional.ofNullable(editionAnswer);
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }
}
