package org.selfeval.io;

import java.io.IOException;
import org.selfeval.i18n.Messages;

/**
 * A form file that cannot be opened, with the reason as a message key and arguments, so that the window
 * and the command line can say it in the officer's language.
 */
public final class FormReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public FormReadException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public FormReadException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The reason in plain words. */
    public String describe(Messages messages) {
        return messages.get(messageKey, args);
    }
}
