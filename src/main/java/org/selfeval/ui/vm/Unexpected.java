package org.selfeval.ui.vm;

import org.selfeval.i18n.Messages;

/**
 * What went wrong that no refusal foresaw (memory ran out, a bug), said in plain words and never as the
 * exception's own text or class; the form open now and its recovery record are kept whatever it was.
 */
final class Unexpected {

    private Unexpected() {
    }

    /** The reason in the officer's words, to go into a message that names the file. */
    static String reason(Messages messages, Throwable failure) {
        return messages.get(outOfMemory(failure) ? "io.error.outOfMemory.reason" : "io.error.unexpected.reason");
    }

    /** Whether memory ran out, also when a worker thread's error comes wrapped. */
    static boolean outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
