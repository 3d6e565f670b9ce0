package org.selfeval.ui;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Test-only main for {@link CrashRecoveryIT}: starts the real {@link SelfEvalApp} in this JVM and works its
 * window from outside, as an officer would, printing one line per step for the test to wait on.
 * <ul>
 *   <li>{@code edit FORM}: opens FORM, types two header fields (each committed with Enter), prints
 *       {@code EDITED}, and then keeps running until it is killed;</li>
 *   <li>{@code restart}: waits for the recovery offer, prints {@code OFFER <text>}, answers 恢复, prints
 *       {@code TITLE <window title>} and {@code PROJECT <项目名称>}, then closes the window with 不保存 and
 *       prints {@code EXITED} once the application has ended.</li>
 * </ul>
 */
public final class CrashDriver {

    static final String PROJECT = "崩溃之前输入的项目名称";
    static final String DEPARTMENT = "崩溃之前输入的主管部门";

    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private CrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        String[] appArgs = "edit".equals(args[0]) ? new String[] {args[1]} : new String[0];
        Thread app = new Thread(() -> Application.launch(SelfEvalApp.class, appArgs), "app");
        app.start();
        if ("edit".equals(args[0])) {
            Stage main = await(() -> mainStage().filter(s -> s.getTitle() != null && !s.getTitle().startsWith("未命名")));
            type(main, "#field-PROJECT_NAME", PROJECT);
            type(main, "#field-DEPARTMENT", DEPARTMENT);
            OUT.println("EDITED " + onFx(main::getTitle));
            app.join(); // until killed
        } else {
            DialogPane offer = await(() -> dialog(FxDialogService.RECOVERY_ID));
            OUT.println("OFFER " + onFx(offer::getContentText).replace('\n', '|'));
            press(offer, "恢复");
            Stage main = await(() -> mainStage().filter(s -> s.getTitle().startsWith("*")));
            OUT.println("TITLE " + onFx(main::getTitle));
            OUT.println("PROJECT " + onFx(() -> ((TextInputControl) main.getScene().lookup("#field-PROJECT_NAME"))
                    .getText()));
            Platform.runLater(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
            press(await(() -> dialog("saveChangesDialog")), "不保存");
            app.join();
            OUT.println("EXITED");
        }
        System.exit(0);
    }

    private static void type(Stage stage, String id, String text) throws Exception {
        onFx(() -> {
            TextInputControl field = (TextInputControl) stage.getScene().lookup(id);
            field.requestFocus();
            field.setText(text);
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
            return null;
        });
    }

    private static void press(DialogPane pane, String label) throws Exception {
        onFx(() -> {
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getText().equals(label)) {
                    ((Button) pane.lookupButton(type)).fire();
                    return null;
                }
            }
            throw new IllegalStateException("no button " + label);
        });
    }

    private static Optional<Stage> mainStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .filter(w -> w.getScene() != null && w.getScene().lookup("#problemList") != null)
                .map(w -> (Stage) w).findFirst();
    }

    private static Optional<DialogPane> dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && id.equals(p.getId()))
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst();
    }

    /** Polls on the FX thread until something turns up (the launcher and the dialogs take a moment). */
    private static <T> T await(Supplier<Optional<T>> probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<T> found = Optional.empty();
            try {
                found = onFx(probe::get);
            } catch (IllegalStateException notStarted) {
                // the toolkit is not up yet
            }
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
