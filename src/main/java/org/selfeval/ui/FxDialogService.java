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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.Profile;
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
        List<String> names = editions.stream().map(Profile::name).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(proposed.name(), names);
        dialog.setTitle(messages.get("editor.menu.new"));
        dialog.setHeaderText(messages.get("editor.dialog.edition"));
        dialog.setContentText(messages.get("editor.dialog.edition.label"));
        dialog.initOwner(owner);
        return dialog.showAndWait().flatMap(name -> editions.stream().filter(p -> p.name().equals(name)).findFirst());
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    /** Shows a piece of information (not an error). */
    public void showInfo(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
