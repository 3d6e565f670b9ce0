package org.selfeval.ui.vm;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.selfeval.io.FormWriteException;

/**
 * What happens when something fails that nobody foresaw (an uncaught exception on any thread): the open form's
 * unsaved work is written to its recovery record at once (docs/recovery.md), and the officer reads in one plain
 * line what happened and whether the work is safe; the technical details (the stack trace) are there on request.
 */
public final class FailureGuard {

    /** Shows the line, with the details folded away until asked for. */
    @FunctionalInterface
    public interface Report {
        void show(String line, String details);
    }

    private final Supplier<DocumentSession> session;
    private final Executor formThread;
    private final Report report;
    /** While a failure is being reported, further ones (a failure in every frame) are not reported again. */
    private boolean reporting;

    /**
     * @param session    the session whose form is open now (it changes with the language)
     * @param formThread runs the handling on the form's thread ({@code Platform::runLater}; tests: at once)
     */
    public FailureGuard(Supplier<DocumentSession> session, Executor formThread, Report report) {
        this.session = Objects.requireNonNull(session, "session");
        this.formThread = Objects.requireNonNull(formThread, "formThread");
        this.report = Objects.requireNonNull(report, "report");
    }

    /** The handler for {@link Thread#setDefaultUncaughtExceptionHandler} and the FX thread's own. */
    public void uncaught(Thread thread, Throwable failure) {
        formThread.execute(() -> handle(thread, failure));
    }

    private void handle(Thread thread, Throwable failure) {
        if (reporting) {
            return;
        }
        reporting = true;
        try {
            DocumentSession current = session.get();
            String line;
            try {
                line = current.messages().get(current.recordNow() ? "editor.failure.recorded"
                        : "editor.failure.nothingUnsaved");
            } catch (FormWriteException | RuntimeException e) {
                failure.addSuppressed(e);
                line = current.messages().get("editor.failure.notRecorded");
            }
            report.show(line, details(thread, failure));
        } finally {
            reporting = false;
        }
    }

    private static String details(Thread thread, Throwable failure) {
        StringWriter text = new StringWriter();
        text.append(thread.getName()).append(": ");
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
