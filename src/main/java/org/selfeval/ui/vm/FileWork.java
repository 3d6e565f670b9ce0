package org.selfeval.ui.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Reads and writes a session's form files in the {@link Background}, one at a time: while one runs,
 * {@link #busyProperty()} says which (正在保存…), and another is refused rather than queued, so that a second
 * Ctrl+S cannot write an older state after a newer one.
 */
final class FileWork {

    private final Background background;
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");
    /** What waits for the work to be over, its outcome handled (a save marked saved, or its failure answered). */
    private final List<Runnable> afterwards = new ArrayList<>();

    FileWork(Background background) {
        this.background = background;
    }

    ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return !busy.get().isEmpty();
    }

    /**
     * Runs the work unless other work runs; {@code done} or {@code failed} follow on the form's thread, after the
     * busy line is cleared.
     *
     * @return false when refused because other work runs
     */
    <T> boolean run(String saying, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        if (isBusy()) {
            return false;
        }
        busy.set(saying);
        background.run(work, result -> {
            busy.set(""); // first: what follows may start the next work (Retry)
            done.accept(result);
            settled();
        }, failure -> {
            busy.set("");
            failed.accept(failure);
            settled();
        });
        return true;
    }

    /** Runs {@code next} now if no work runs, else once it is over and its outcome handled. */
    void whenIdle(Runnable next) {
        if (isBusy()) {
            afterwards.add(next);
        } else {
            next.run();
        }
    }

    private void settled() {
        if (isBusy()) {
            return; // a retry runs: its own end settles
        }
        List<Runnable> waiting = List.copyOf(afterwards);
        afterwards.clear();
        waiting.forEach(Runnable::run);
    }
}
