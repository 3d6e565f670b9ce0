package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.ui.edit.CommandStack;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.Forms;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's commands as the officer meets them: tool-bar buttons disabled when they cannot apply, Save in the
 * background with its progress in the status bar, and 语言 → English without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class WindowCommandsTest {

    @TempDir
    Path dir;

    private final Locale before = Locale.getDefault();
    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private TestDialogs dialogs;
    private EditorRoot root;
    /** Form files are written on a worker thread that waits for the test's go. */
    private final CountDownLatch go = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs(chinese);
        Background held = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                new FxBackground().run(() -> {
                    go.await();
                    return work.call();
                }, done, failed);
            }
        };
        root = TestEditor.root(stage, dialogs, uri -> false, held);
    }

    @AfterEach
    void speakAsBefore() {
        go.countDown();
        Locale.setDefault(before);
    }

    private Button tool(FxRobot robot, String name) {
        return robot.lookup("#tool-" + name).queryAs(Button.class);
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !root.session().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void undoIsDisabledWithNothingToUndoAndSaveRunsInTheBackgroundWithItsProgress(FxRobot robot)
            throws Exception {
        assertTrue(tool(robot, "UNDO").isDisabled(), "a new form has nothing to undo");
        assertTrue(tool(robot, "REDO").isDisabled());
        robot.interact(() -> root.session().document().header().commit(FormField.PROJECT_NAME, "保存时的名称"));
        assertFalse(tool(robot, "UNDO").isDisabled());

        Path target = dir.resolve("form.json");
        dialogs.saveAnswers.add(target);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertEquals(chinese.get("editor.busy.saving", "form.json"), status.getText());
        assertTrue(status.getProgress() < 0, "the progress shows while the file is written");
        assertTrue(tool(robot, "SAVE").isDisabled(), "no second save while one runs");
        robot.interact(() -> root.session().document().header().commit(FormField.PROJECT_NAME, "之后输入的名称"));

        go.countDown();
        waitUntilIdle();
        assertEquals("保存时的名称", Forms.read(target).header().projectName());
        assertTrue(root.session().titleBinding().get().startsWith("*form.json"), "the later edit is unsaved");
        assertEquals(0, status.getProgress());
        assertFalse(tool(robot, "SAVE").isDisabled());
        NotificationPane notices = robot.lookup(".notification-pane").queryAs(NotificationPane.class);
        assertTrue(notices.isShowing());
        assertEquals(chinese.get("editor.saved", target.toString()), notices.getText());
    }

    @Test
    void closingTheWindowWhileASaveRunsWaitsForTheFile(FxRobot robot) throws Exception {
        robot.interact(() -> root.session().document().header().commit(FormField.PROJECT_NAME, "关闭前保存"));
        Path target = dir.resolve("closing.json");
        dialogs.saveAnswers.add(target);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        Stage window = (Stage) robot.lookup("#problemList").query().getScene().getWindow();
        robot.interact(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(window.isShowing(), "the file is still being written");

        go.countDown();
        waitUntilIdle();
        assertFalse(window.isShowing(), "closed once saved, without asking: nothing is unsaved");
        assertEquals("关闭前保存", Forms.read(target).header().projectName());
    }

    @Test
    void switchingToEnglishKeepsTheFormItsUndoHistoryAndItsFile(FxRobot robot) throws Exception {
        go.countDown();
        Path file = Files.copy(Forms.reference(2021), dir.resolve("2021.json"));
        robot.interact(() -> root.session().open(file));
        waitUntilIdle();
        robot.interact(() -> root.session().document().header().commit(FormField.PROJECT_NAME, "改过的名称"));
        FormModel form = root.session().document().form();
        CommandStack history = root.session().document().stack();

        robot.clickOn(chinese.get("editor.menu.language")).clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(form, root.session().document().form(), "the same form");
        assertSame(history, root.session().document().stack(), "the same undo history");
        assertEquals(file, root.session().fileProperty().get(), "the same file");
        assertEquals("*2021.json - " + english.get("app.name"), root.session().titleBinding().get());
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of(english.get("editor.menu.file"), english.get("editor.menu.edit"),
                english.get("editor.menu.view"), english.get("editor.menu.language"), english.get("editor.menu.help")),
                bar.getMenus().stream().map(Menu::getText).toList());
        assertEquals(english.get("editor.tool.undo"), tool(robot, "UNDO").getText());
        assertEquals("改过的名称", robot.lookup("#field-PROJECT_NAME").queryAs(TextInputControl.class).getText());
        assertEquals(1, robot.lookup("#problemList").queryAll().size(), "one window, built again");

        robot.clickOn(tool(robot, "UNDO"));
        assertEquals(Forms.read(file).header().projectName(), form.getProjectName(), "undo goes on where it was");
        assertFalse(root.session().isDirty(), "back at what the file holds");

        robot.clickOn(english.get("editor.menu.language")).clickOn("中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chinese.get("editor.tool.undo"), tool(robot, "UNDO").getText());
        assertSame(form, root.session().document().form());
    }

    @Test
    void anExceptionNobodyCaughtIsSaidInOneLineWithTheStackTraceOnRequest(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler others = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler[] fx = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            fx[0] = Thread.currentThread().getUncaughtExceptionHandler();
            root.guardAgainstFailures();
            root.session().document().header().commit(FormField.PROJECT_NAME, "未保存的名称");
        });
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("没人料到的错误");
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> robot.lookup("#" + FxDialogService.FAILURE_ID).tryQuery().isPresent());
            DialogPane pane = robot.lookup("#" + FxDialogService.FAILURE_ID).queryAs(DialogPane.class);
            // This window has no recovery journal (TestEditor): the line says the work could not be recorded.
            assertEquals(chinese.get("editor.failure.notRecorded"), pane.getContentText());
            assertFalse(pane.isExpanded(), "the details wait until asked for");
            String details = ((TextInputControl) pane.getExpandableContent()).getText();
            assertTrue(details.contains("java.lang.IllegalStateException: 没人料到的错误"), details);
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
            assertEquals("未保存的名称", root.session().document().form().getProjectName(), "the form is untouched");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(others);
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fx[0]));
        }
    }
}
