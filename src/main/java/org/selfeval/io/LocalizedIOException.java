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
    /** The file refused, as {@link FileNames#shown} shows it; {@code null} until known. */
    private String file;

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

    /**
     * Names the file this refusal is about (once: a file named first stays), so that every message says which
     * file it was, even when the reason was found in its bytes, far from the path.
     */
    public LocalizedIOException about(java.nio.file.Path refused) {
        if (file == null && refused != null) {
            file = FileNames.shown(refused);
        }
        return this;
    }

    /** The file, as shown in the message, or {@code null} when none was named. */
    public String file() {
        return file;
    }

    /**
     * The reason in plain words, one line, naming the file (unless the reason already does): line breaks in
     * anything quoted are shown as escapes.
     */
    public String describe(Messages messages) {
        String reason = say(messages, messageKey, args);
        if (file != null && !reason.contains(file)) {
            reason = messages.get("io.error.inFile", file, reason);
        }
        return reason;
    }

    /** The reason alone, one line, without the file's name (for a message that names the file itself). */
    public String reason(Messages messages) {
        return say(messages, messageKey, args);
    }

    /** A key with its arguments, a {@link Phrase} among them said in the same language (also within a phrase). */
    private static String say(Messages messages, String key, Object[] arguments) {
        Object[] filled = arguments.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Phrase phrase) {
                filled[i] = say(messages, phrase.key(), phrase.args());
            } else if (filled[i] instanceof String text) {
                filled[i] = FileNames.shown(text);
            }
        }
        return messages.get(key, filled);
    }

    /**
     * What went wrong that no refusal foresaw, as a phrase in plain words (never the exception's own text or
     * class): memory ran out, also when a worker thread's error comes wrapped, or an unexpected error.
     */
    public static Phrase unexpected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return new Phrase("io.error.outOfMemory.reason");
            }
        }
        return new Phrase("io.error.unexpected.reason");
    }

    /** An argument that is itself a message key, said in the same language as the message. */
    public record Phrase(String key, Object... args) {
    }
}
