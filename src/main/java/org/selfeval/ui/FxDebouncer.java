package org.selfeval.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.selfeval.ui.vm.Debouncer;

/** Runs the last requested task once editing pauses for a moment, on the FX thread. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration delay) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> {
            Runnable task = pending;
            pending = null;
            if (task != null) {
                task.run();
            }
        });
    }

    @Override
    public void request(Runnable task) {
        pending = task;
        pause.playFromStart();
    }
}
