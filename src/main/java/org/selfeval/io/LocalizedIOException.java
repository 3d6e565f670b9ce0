package org.selfeval.io;

import java.io.IOException;
import org.selfeval.i18n.Messages;

/**
 * A file that cannot be read or written, with the reason as a message key and arguments, so that the window
 * and the command line can say it in the officer's language.
 */
public abstract class LocalizedIOException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    protected LocalizedIOException(Throwable cause, String messageKey, Object... args) {
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

    /** The reason in plain words, one line. */
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
