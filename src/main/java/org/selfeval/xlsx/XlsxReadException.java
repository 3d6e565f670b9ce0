package org.selfeval.xlsx;

import org.selfeval.io.LocalizedIOException;

/** A workbook that cannot be imported, with the reason as a message key and arguments. */
public final class XlsxReadException extends LocalizedIOException {

    private static final long serialVersionUID = 1L;

    public XlsxReadException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
