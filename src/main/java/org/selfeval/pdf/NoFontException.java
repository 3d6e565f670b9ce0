package org.selfeval.pdf;

import org.selfeval.io.LocalizedIOException;

/** No Chinese font that a PDF can embed is installed; says which to install, in one line. */
public final class NoFontException extends LocalizedIOException {

    private static final long serialVersionUID = 1L;

    NoFontException() {
        super(null, "pdf.noFont");
    }
}
