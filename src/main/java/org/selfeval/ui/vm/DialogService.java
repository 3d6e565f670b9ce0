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

    /** Tells the officer something went wrong. */
    void showError(String message);
}
