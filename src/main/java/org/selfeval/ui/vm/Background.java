package org.selfeval.ui.vm;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (loading Apache POI, reading a workbook) away from the window's thread and reports back on
 * it. The window uses a worker thread; view-model tests run the work at once.
 */
@FunctionalInterface
public interface Background {

    /**
     * Runs {@code work}, then {@code done} with its result or {@code failed} with what it threw; both on the
     * thread that owns the form.
     */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Runs the work at once, on the calling thread (tests, the command line). */
    static Background immediate() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
