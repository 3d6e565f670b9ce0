package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormMapper;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.XlsxExport;
import org.selfeval.ui.DeliverableFiles;
import org.selfeval.ui.XlsxWorkbookFiles;
import org.selfeval.xlsx.XlsxImport;

/** 导出 Excel… and 导入 Excel… without the FX thread: the work runs at once or when the test lets it. */
class WorkbookActionsTest {

    @TempDir
    Path dir;

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final Messages messages = Messages.chinese();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentSession session = new DocumentSession(catalog, messages, dialogs, new MemorySettings(),
            Debouncer.immediate());
    private final List<URI> opened = new ArrayList<>();
    private final XlsxExport export = new XlsxExport(Messages.chinese());

    private WorkbookActions actions(Background background) {
        return new WorkbookActions(session, () -> new XlsxWorkbookFiles(catalog, messages), DeliverableFiles::new,
                messages, dialogs,
                background, uri -> opened.add(uri));
    }

    /** Holds the background work until the test runs it, to see what the window shows meanwhile. */
    private static final class HeldBackground implements Background {
        Runnable held;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            held = () -> Background.immediate().run(work, done, failed);
        }
    }

    @Test
    void exportProposesTheOfficialNameWritesTheWorkbookAndOffersTheFolder() throws IOException {
        assertTrue(session.open(Forms.reference(2021)));
        String proposed = export.suggestedFileName(session.document().form());
        assertEquals("2021年北京科技协作中心新兴领域融合科技协同创新促进工作绩效自评表.xlsx", proposed);
        dialogs.workbookSaveAnswers.add(dir.resolve("out")); // typed without the extension
        dialogs.openFolderAnswer = true;
        HeldBackground background = new HeldBackground();
        WorkbookActions actions = actions(background);

        actions.exportWorkbook();
        assertEquals(messages.get("wiring.export.busy", "out.xlsx"), actions.busyProperty().get());
        assertFalse(Files.exists(dir.resolve("out.xlsx")), "written in the background, not on the window's thread");
        background.held.run();

        Path written = dir.resolve("out.xlsx");
        assertEquals(List.of("export as " + proposed), dialogs.asked);
        assertEquals("", actions.busyProperty().get());
        assertEquals(List.of(messages.get("wiring.export.done", written.toString())), dialogs.infos);
        assertEquals(List.of(dir.toUri()), opened);
        var back = new XlsxImport(catalog, Messages.chinese()).read(written);
        Forms.assertSameForm(new FormMapper(catalog).toDocument(session.document().form()), back.document());
    }

    @Test
    void theExportHoldsTheFormAsItWasWhenAskedFor() throws IOException {
        assertTrue(session.open(Forms.reference(2021)));
        dialogs.workbookSaveAnswers.add(dir.resolve("snap.xlsx"));
        HeldBackground background = new HeldBackground();
        actions(background).exportWorkbook();
        session.document().header().commit(FormField.PROJECT_NAME, "导出之后才改的名称");
        background.held.run();
        var back = new XlsxImport(catalog, Messages.chinese()).read(dir.resolve("snap.xlsx"));
        assertEquals(Forms.read(Forms.reference(2021)).header().projectName(), back.document().header().projectName());
        assertTrue(opened.isEmpty(), "the folder is opened only when asked for");
    }

    @Test
    void aFailedExportSaysWhyInPlainWords() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.xlsx"));
        dialogs.workbookSaveAnswers.add(folder);
        WorkbookActions actions = actions(Background.immediate());
        actions.exportWorkbook();
        assertEquals(List.of(messages.get("io.save.targetIsFolder", folder.toString())), dialogs.errors);
        assertTrue(dialogs.infos.isEmpty());
        assertEquals("", actions.busyProperty().get());
    }

    @Test
    void cancellingTheSaveDialogExportsNothing() {
        actions(Background.immediate()).exportWorkbook();
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.infos.isEmpty() && dialogs.errors.isEmpty());
    }

    @Test
    void importOpensTheFormAsANewUnsavedDocumentAndShowsTheNotesOnRequest() throws IOException {
        Path workbook = handMadeWorkbook();
        dialogs.workbookOpenAnswers.add(workbook);
        actions(Background.immediate()).importWorkbook();

        assertTrue(session.isDirty(), "imported, not saved");
        assertNull(session.fileProperty().get(), "no file of its own yet: Save asks where");
        assertEquals("*未命名 - 绩效自评表编制助手", session.titleBinding().get());
        assertEquals("填表人一栏的项目", session.document().form().getProjectName());
        Notice notice = session.noticeProperty().get();
        assertTrue(dialogs.infos.isEmpty(), "no dialog stops the officer: a notice says there are notes");
        assertEquals(messages.get("editor.notice.details"), notice.actionText());
        notice.action().run();
        assertEquals(List.of(messages.get("wiring.import.notes", dialogs.notes.size())), dialogs.infos);
        assertEquals(notice.text(), dialogs.infos.get(0));
        assertTrue(dialogs.notes.stream().anyMatch(n -> n.contains("填表人：张三")), dialogs.notes.toString());
        session.document().stack().undo();
        assertTrue(session.isDirty(), "undo does not make an imported form 'saved'");
    }

    @Test
    void importAsksAboutUnsavedChangesAndCancelKeepsTheForm() throws IOException {
        session.document().header().commit(FormField.PROJECT_NAME, "正在填写的表");
        FormViewModel before = session.document();
        dialogs.workbookOpenAnswers.add(handMadeWorkbook());
        dialogs.saveAnswers.add(DialogService.SaveChoice.CANCEL);
        actions(Background.immediate()).importWorkbook();
        assertSame(before, session.document());
        assertEquals(List.of("import", "save? 未命名"), dialogs.asked);
        assertTrue(dialogs.notes.isEmpty(), "nothing imported, nothing to note");
    }

    @Test
    void aRefusedWorkbookGetsItsPlainMessageAndChangesNothing() throws IOException {
        session.document().header().commit(FormField.PROJECT_NAME, "正在填写的表");
        FormViewModel before = session.document();
        Path notAWorkbook = Files.writeString(dir.resolve("form.xlsx"), "{\"format\":\"selfeval.form\"}");
        dialogs.workbookOpenAnswers.add(notAWorkbook);
        WorkbookActions actions = actions(Background.immediate());
        actions.importWorkbook();
        assertEquals(List.of(messages.get("xlsx.error.notWorkbook", notAWorkbook.toString())), dialogs.errors);
        assertSame(before, session.document());
        assertEquals(List.of("import"), dialogs.asked, "not even asked about saving");
        assertEquals("", actions.busyProperty().get());
    }

    @Test
    void memoryRunningOutInTheBackgroundIsOnePlainMessageAndTheFormStays() throws IOException {
        session.document().header().commit(FormField.PROJECT_NAME, "正在填写的表");
        FormViewModel before = session.document();
        Path workbook = dir.resolve("big.xlsx");
        dialogs.workbookOpenAnswers.add(workbook);
        WorkbookFiles exhausted = new WorkbookFiles() {
            @Override
            public String suggestedFileName(org.selfeval.model.FormModel form) {
                return "x.xlsx";
            }

            @Override
            public Export prepareExport(org.selfeval.model.FormModel form) {
                return target -> { };
            }

            @Override
            public Imported read(Path source) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        // The window's worker thread hands an error on wrapped, as FxBackground does.
        Background wrapping = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                try {
                    done.accept(work.call());
                } catch (Exception | Error e) {
                    failed.accept(new RuntimeException(e));
                }
            }
        };
        new WorkbookActions(session, () -> exhausted, DeliverableFiles::new, messages, dialogs, wrapping, uri -> opened.add(uri))
                .importWorkbook();
        assertEquals(List.of("无法导入“" + workbook + "”（内存不足）。"), dialogs.errors);
        assertSame(before, session.document());
        assertEquals("正在填写的表", session.document().form().getProjectName());
    }

    /** A sheet in the official layout with a stray line the importer must report. */
    private Path handMadeWorkbook() throws IOException {
        var form = new FormMapper(catalog).open(Forms.read(Forms.reference(2022)));
        form.projectNameProperty().set("填表人一栏的项目");
        Path file = dir.resolve("other.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export.toBytes(export.snapshot(form))))) {
            var sheet = workbook.getSheetAt(0);
            sheet.createRow(sheet.getLastRowNum() + 2).createCell(0).setCellValue("填表人：张三");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
