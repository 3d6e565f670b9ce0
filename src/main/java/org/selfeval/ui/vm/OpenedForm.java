package org.selfeval.ui.vm;

import java.nio.file.Path;
import java.util.Objects;
import org.selfeval.model.FormModel;

/**
 * A form already read from its file, handed to a new {@link DocumentSession} as its first document: at start-up
 * the file is read on a background thread while JavaFX starts, so the window's thread does not read it again.
 *
 * @param file the form's file, absolute and normalised
 * @param form the model read from it; from then on touched by the window's thread only
 */
public record OpenedForm(Path file, FormModel form) {

    public OpenedForm {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(form, "form");
    }
}
