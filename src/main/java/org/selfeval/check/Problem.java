package org.selfeval.check;

import java.util.Objects;

/**
 * One thing wrong or doubtful in the form.
 *
 * @param severity how serious it is
 * @param location where it is, so that the editor can select the cell
 * @param message  a plain-words explanation in the officer's language
 */
public record Problem(Severity severity, Location location, String message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
