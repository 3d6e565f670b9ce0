package org.selfeval.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.selfeval.ui.StartupProbe;

/**
 * The yardstick of src/bench/startup.sh: a bare JavaFX window (one label, the editor's size) measured by the
 * same {@link StartupProbe} as the editor. Not a test and not shipped; run it with the jar on the class path.
 */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: what every JavaFX program pays before it shows anything of its own. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("SelfEval");
            stage.setScene(new Scene(new StackPane(new Label("95.43")), 1360, 860));
            stage.show();
            if (StartupProbe.requested()) {
                StartupProbe.exitWhenShown(stage, () -> true, System.out);
            }
        }
    }
}
