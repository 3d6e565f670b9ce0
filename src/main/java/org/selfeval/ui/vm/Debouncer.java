package org.selfeval.ui.vm;

/**
 * Runs a task a little later, once for a burst of requests: the checks re-run after a pause in editing, not
 * per edit. The window uses a timer on the FX thread; view-model tests run the task at once.
 */
@FunctionalInterface
public interface Debouncer {

    /** Asks for the task to run; a request made before an earlier one ran replaces it. */
    void request(Runnable task);

    /** Runs every request at once (for tests and the command line). */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
