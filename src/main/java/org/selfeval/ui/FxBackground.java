package org.selfeval.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.selfeval.ui.vm.Background;

/** Runs slow work on a worker thread of its own and reports back on the FX thread. */
public final class FxBackground implements Background {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            failed.accept(t instanceof Exception ex ? ex : new RuntimeException(t));
        });
        Thread thread = new Thread(task, "selfeval-worker");
        thread.setDaemon(true); // an export in progress does not keep a closed program alive
        thread.start();
    }
}
