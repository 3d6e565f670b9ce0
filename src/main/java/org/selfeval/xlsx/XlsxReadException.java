package org.selfeval.xlsx;

import java.io.IOException;
import org.selfeval.i18n.Messages;

/** A workbook that cannot be imported, with the reason as a message key and arguments. */
public final class XlsxReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public XlsxReadException(Throwable cause, String messageKey, Object... args) {
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
