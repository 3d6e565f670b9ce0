package org.selfeval.io;

/**
 * A form file that cannot be opened, with the reason as a message key and arguments, so that the window
 * and the command line can say it in the officer's language.
 */
public final class FormReadException extends LocalizedIOException {

    private static final long serialVersionUID = 1L;

    public FormReadException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public FormReadException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
