package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Fixtures;
import org.selfeval.folder.FormReport;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.view.FolderCheckWindow;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.Forms;
import org.selfeval.xlsx.XlsxExport;
import org.selfeval.xlsx.XlsxImport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's 导出 Excel…, 导入 Excel…, 检查文件夹… and 新建下一年度… in the real window, headless; only the file and
 * folder choosers are scripted.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbookMenuTest {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();

    @TempDir
    Path dir;

    private final Messages messages = Messages.chinese();
    private final List<java.net.URI> opened = new ArrayList<>();
    private TestDialogs dialogs;
    private DocumentSession session;
    private EditorRoot root;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs(messages);
        root = TestEditor.root(stage, dialogs, uri -> opened.add(uri), Background.immediate());
        session = root.session();
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
        assertEquals(0, robot.lookup("#status").queryAs(StatusBar.class).getProgress(), "the progress is gone");

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

    @Test
    void theFolderCheckListsEveryFileAndADoubleClickOpensTheForm(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("单位报送"));
        Path form2021 = Files.write(folder.resolve("reference-2021.json"), Fixtures.bytes(Fixtures.FORM_2021));
        Path form2022 = Files.write(folder.resolve("reference-2022.json"), Fixtures.bytes(Fixtures.FORM_2022));
        FormModel unit = Fixtures.model(Fixtures.FORM_2021);
        unit.implementingUnitProperty().set("阿里区科技服务中心");
        unit.funds(FundsLine.TOTAL).executedProperty().set(new BigDecimal("300"));
        new XlsxExport(Messages.chinese()).write(unit, folder.resolve("unit.xlsx"));
        Files.writeString(folder.resolve("broken.json"), "{\"format\" : ");
        dialogs.folderAnswers.add(folder);

        robot.clickOn(messages.get("editor.menu.file"));
        robot.clickOn(messages.get("editor.menu.checkFolder"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#" + FolderCheckWindow.STATUS_ID)
                .tryQueryAs(Label.class).map(l -> l.getText().startsWith("已检查")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#" + FolderCheckWindow.STATUS_ID).queryAs(Label.class);
        assertEquals(messages.get("folderCheck.done", 4, 3, 0, 1), status.getText());
        TableView<FormReport> table = robot.lookup("#" + FolderCheckWindow.TABLE_ID).queryTableView();
        List<FormReport> rows = table.getItems();
        assertEquals(List.of("unit.xlsx", "reference-2021.json", "reference-2022.json", "broken.json"),
                rows.stream().map(FormReport::name).toList(), "by unit, the unreadable file last");
        assertEquals(List.of("95.43", "95.19"), List.of(shown(robot, "95.43"), shown(robot, "95.19")));
        assertEquals(unit.getTotal().setScale(2, java.math.RoundingMode.HALF_UP), rows.get(0).total()
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertNull(rows.get(3).total());
        assertTrue(shown(robot, rows.get(3).failure()) != null, "the reason is in the table");

        robot.doubleClickOn(cellShowing(robot, "reference-2022.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(form2022, session.fileProperty().get());
        assertEquals(2022, session.document().form().getYear());

        robot.doubleClickOn(cellShowing(robot, "unit.xlsx"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "阿里区科技服务中心".equals(session.document().form().implementingUnitProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(session.fileProperty().get(), "a workbook opens as an import: a new, unsaved form");
        assertTrue(session.isDirty());
        assertTrue(Files.exists(form2021));
    }

    @Test
    void nextYearOpensAnUnsavedFormOfTheYearAfterAndSaysWhatWasCleared(FxRobot robot) {
        robot.interact(() -> session.open(Forms.reference(2022)));
        int rows = session.document().form().indicators().size();

        robot.clickOn(messages.get("editor.menu.file"));
        robot.clickOn(messages.get("editor.menu.nextYear"));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane note = robot.lookup("#" + FxDialogService.NOTES_ID).queryAs(DialogPane.class);
        assertEquals(messages.get("nextYear.heading"), note.getHeaderText());
        robot.interact(() -> ((Stage) note.getScene().getWindow()).close());
        FormModel form = session.document().form();
        assertEquals(2023, form.getYear());
        assertEquals(rows, form.indicators().size());
        assertTrue(form.indicators().stream().allMatch(r -> r.getActual().isEmpty() && r.getReason().isEmpty()));
        assertNull(form.funds(FundsLine.TOTAL).annualBudgetProperty().get());
        assertNull(session.fileProperty().get());
        assertTrue(session.titleBinding().get().startsWith("*" + messages.get("editor.untitled")),
                session.titleBinding().get());
    }

    /** The text of the table cell showing {@code text}, or {@code null} when none does. */
    private static String shown(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().map(TableCell::getText).orElse(null);
    }

    private static TableCell<?, ?> cellShowing(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }
}
