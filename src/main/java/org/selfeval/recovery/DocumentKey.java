package org.selfeval.recovery;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * Which document a recovery entry belongs to: the file it was opened from or saved to, or, for a form never
 * saved, an id made when it was created.
 *
 * @param file       the form file, absolute; {@code null} for an untitled form
 * @param untitledId the id of an untitled form; {@code null} when there is a file
 */
public record DocumentKey(Path file, String untitledId) {

    public DocumentKey {
        if ((file == null) == (untitledId == null)) {
            throw new IllegalArgumentException("exactly one of file and untitledId");
        }
        file = file == null ? null : file.toAbsolutePath().normalize();
    }

    /** The key of a form file. */
    public static DocumentKey forFile(Path file) {
        return new DocumentKey(Objects.requireNonNull(file, "file"), null);
    }

    /** A new key for an untitled form. */
    public static DocumentKey untitled() {
        return new DocumentKey(null, UUID.randomUUID().toString());
    }

    public boolean isUntitled() {
        return file == null;
    }
}
