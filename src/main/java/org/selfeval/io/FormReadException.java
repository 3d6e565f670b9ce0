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

    /** The message key's arguments, as given (a {@link Phrase} stands for a text of its own). */
    public Object[] args() {
        return args.clone();
    }

    /** The reason in plain words. */
    public String describe(Messages messages) {
        Object[] filled = args.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Phrase phrase) {
                filled[i] = messages.get(phrase.key(), phrase.args());
            }
        }
        return messages.get(messageKey, filled);
    }

    /** An argument that is itself a message key, said in the same language as the message. */
    public record Phrase(String key, Object... args) {
    }
}
