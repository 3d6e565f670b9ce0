package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.view.MainWindow;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.Forms;
import org.selfeval.ui.vm.MemorySettings;
import org.selfeval.xlsx.XlsxImport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's 导出 Excel… and 导入 Excel… in the real window, headless; only the file choosers are scripted. */
@ExtendWith(ApplicationExtension.class)
class WorkbookMenuTest {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    @TempDir
    Path dir;

    private final Messages messages = Messages.chinese();
    private final List<java.net.URI> opened = new ArrayList<>();
    private TestDialogs dialogs;
    private DocumentSession session;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs(messages);
        session = new DocumentSession(CATALOG, messages, dialogs, new MemorySettings(), Platform::runLater);
        MainWindow window = new MainWindow(stage, session, messages, dialogs, new MemorySettings(),
                uri -> opened.add(uri), () -> new XlsxWorkbookFiles(CATALOG, messages));
        window.show(FontChooser.pick(Font.getFamilies()).map(FontChooser::styleSheet).orElse(null));
    }

    @Test
    void exportWritesTheWorkbookAndOffersToOpenTheFolder(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(Forms.reference(2021)));
        Path target = dir.resolve("自评表.xlsx");
        dialogs.workbookSaveAnswers.add(target);

        robot.clickOn(messages.get("editor.menu.file"));
        robot.clickOn(messages.get("wiring.menu.export"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#" + FxDialogService.EXPORT_DONE_ID).tryQuery().isPresent());

        DialogPane done = robot.lookup("#" + FxDialogService.EXPORT_DONE_ID).queryAs(DialogPane.class);
        assertEquals(messages.get("wiring.export.done", target.toString()), done.getContentText());
        assertTrue(Files.size(target) > 0);
        var back = new XlsxImport(CATALOG, Messages.chinese()).read(target);
        assertEquals(Forms.read(Forms.reference(2021)).header().projectName(), back.document().header().projectName());
        assertFalse(robot.lookup("#busyBox").query().isVisible(), "the progress line is gone");

        robot.clickOn(messages.get("editor.menu.openFolder"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(dir.toUri()), opened, "opened through DesktopLinks");
    }

    @Test
    void aRefusedWorkbookIsReportedAndTheFormStays(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(Forms.reference(2022)));
        FormViewModel before = session.document();
        String title = session.titleBinding().get();
        Path bad = Files.write(dir.resolve("报表.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        dialogs.workbookOpenAnswers.add(bad);

        robot.clickOn(messages.get("editor.menu.file"));
        robot.clickOn(messages.get("wiring.menu.import"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(messages.get("xlsx.error.damaged", bad.toString())), dialogs.errors); // a truncated zip
        assertSame(before, session.document());
        assertEquals(title, session.titleBinding().get());
        assertTrue(robot.lookup("#saveChangesDialog").tryQuery().isEmpty());
    }
}
