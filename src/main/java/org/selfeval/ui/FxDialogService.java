package org.selfeval.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.Profile;
import org.selfeval.ui.vm.Deliverables;
import org.selfeval.ui.vm.DialogService;

/** {@link DialogService} with JavaFX dialogs and the system's file choosers. */
public class FxDialogService implements DialogService {

    private final Messages messages;
    private Window owner;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    /** The window the dialogs belong to (set once the main window exists). */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    protected Messages messages() {
        return messages;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType(messages.get("editor.dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("editor.dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("editor.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("editor.dialog.unsaved", documentName), save, discard, cancel);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("editor.dialog.unsaved.header"));
        alert.initOwner(owner);
        alert.getDialogPane().setId("saveChangesDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(messages.get("editor.menu.open"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String fileName) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(messages.get("editor.menu.saveAs"));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private FileChooser chooser(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("editor.file.filter"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("editor.file.all"), "*.*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<Profile> chooseEdition(List<Profile> editions, Profile proposed) {
        List<String> names = editions.stream().map(p -> messages.official(p.name())).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(messages.official(proposed.name()), names);
        dialog.setTitle(messages.get("editor.menu.new"));
        dialog.setHeaderText(messages.get("editor.dialog.edition"));
        dialog.setContentText(messages.get("editor.dialog.edition.label"));
        dialog.initOwner(owner);
        return dialog.showAndWait().map(names::indexOf).filter(i -> i >= 0).map(editions::get);
    }

    @Override
    public Optional<Profile> editRules(Profile current, List<Profile> presets) {
        return new RulesDialog(messages, presets).show(owner, current);
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    /**
     * After an unforeseen failure: what happened in one plain line, the technical details folded away under the
     * dialog's own "show details".
     */
    public void showFailure(String line, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, line, FAILURE_ID);
        alert.getButtonTypes().setAll(ButtonType.OK);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setPrefSize(640, 260);
        alert.getDialogPane().setExpandableContent(text);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** Dialog ids, for tests and the crash-test driver. */
    public static final String FAILED_SAVE_ID = "saveFailedDialog";
    public static final String EXPORT_DONE_ID = "exportDoneDialog";
    public static final String NOTES_ID = "importNotesDialog";
    public static final String RECOVERY_ID = "recoveryDialog";
    public static final String FAILURE_ID = "failureDialog";

    @Override
    public FailedSaveChoice askAfterFailedSave(String message, boolean canRetry) {
        ButtonType retry = new ButtonType(messages.get("wiring.save.retry"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(messages.get("wiring.save.saveAs"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(messages.get("editor.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.ERROR, message, FAILED_SAVE_ID);
        alert.setHeaderText(messages.get("wiring.save.failed.header"));
        if (canRetry) {
            alert.getButtonTypes().setAll(retry, saveAs, cancel);
        } else {
            alert.getButtonTypes().setAll(saveAs, cancel);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return FailedSaveChoice.CANCEL;
        }
        return answer.get() == retry ? FailedSaveChoice.RETRY : FailedSaveChoice.SAVE_AS;
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        FileChooser chooser = workbookChooser(folder, "*.xlsx", "*.xls");
        chooser.setTitle(messages.get("wiring.menu.import"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Path folder, String fileName) {
        FileChooser chooser = workbookChooser(folder, "*.xlsx");
        chooser.setTitle(messages.get("wiring.menu.export"));
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDocumentToSave(Path folder, String fileName, Deliverables.Kind kind) {
        FileChooser chooser = chooser(folder, kind.filterKey(), "*" + kind.extension());
        chooser.setTitle(messages.get(kind.menuKey()));
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private FileChooser workbookChooser(Path folder, String... patterns) {
        return chooser(folder, "wiring.file.workbook", patterns);
    }

    private FileChooser chooser(Path folder, String filterKey, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get(filterKey), patterns),
                new FileChooser.ExtensionFilter(messages.get("editor.file.all"), "*.*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("folderCheck.chooseFolder"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean offerOpenFolder(String message) {
        ButtonType open = new ButtonType(messages.get("editor.menu.openFolder"), ButtonBar.ButtonData.OTHER);
        Alert alert = alert(Alert.AlertType.INFORMATION, message, EXPORT_DONE_ID);
        alert.getButtonTypes().setAll(open, ButtonType.OK);
        return alert.showAndWait().filter(open::equals).isPresent();
    }

    @Override
    public void showNotes(String heading, List<String> notes) {
        Alert alert = alert(Alert.AlertType.INFORMATION, null, NOTES_ID);
        alert.setHeaderText(heading);
        TextArea text = new TextArea(String.join("\n", notes));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, Math.min(320, 60 + 22 * notes.size()));
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public RecoveryChoice askRecovery(String documentName, String savedAt) {
        ButtonType restore = new ButtonType(messages.get("wiring.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("wiring.recovery.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("wiring.recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("wiring.recovery.text", documentName, savedAt),
                RECOVERY_ID);
        alert.setHeaderText(messages.get("wiring.recovery.header"));
        alert.getButtonTypes().setAll(restore, discard, later);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == later) {
            return RecoveryChoice.LATER;
        }
        return answer.get() == restore ? RecoveryChoice.RESTORE : RecoveryChoice.DISCARD;
    }

    private Alert alert(Alert.AlertType type, String message, String id) {
        Alert alert = new Alert(type, message);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId(id);
        // Long file paths wrap instead of being cut off with "…".
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(560); // room for a folder path on one line
        return alert;
    }
}
