package org.selfeval.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The start-up measurement behind {@code -Dselfeval.exitWhenShown=true}: once the window is on screen, laid
 * out and showing what it should, prints the milliseconds since the JVM started as one line and ends the
 * program. The benchmark script (src/bench/startup.sh) uses it, and measures a bare JavaFX window the same way.
 */
public final class StartupProbe {

    /** The system property that turns the probe on. */
    public static final String PROPERTY = "selfeval.exitWhenShown";

    private StartupProbe() {
    }

    /** Whether this run is a start-up measurement. */
    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prints the figure and exits once the window is shown; see {@link #whenShown}. */
    public static void exitWhenShown(Stage stage, BooleanSupplier ready, PrintStream out) {
        whenShown(stage, ready, () -> {
            long now = System.currentTimeMillis();
            // Loaded only now, after the clock was read: the management classes are not part of the figure.
            long start = ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println(now - start);
            out.flush();
            Platform.exit();
        });
    }

    /**
     * Runs {@code action} once, on the FX thread, right after the first pulse in which the stage is showing,
     * {@code ready} holds and the scene's CSS and layout are done (the pulse has handed its frame to the
     * renderer by then). Call on the FX thread after {@code stage.show()}.
     */
    public static void whenShown(Stage stage, BooleanSupplier ready, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!stage.isShowing() || !ready.getAsBoolean()) {
                return; // not there yet: look again after the next pulse
            }
            stage.getScene().removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action); // after the rest of this pulse
        };
        stage.getScene().addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
