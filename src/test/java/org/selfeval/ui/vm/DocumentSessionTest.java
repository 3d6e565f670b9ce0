package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.XlsxExport;

class DocumentSessionTest {

    @TempDir
    Path dir;

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MemorySettings settings = new MemorySettings();
    private final DocumentSession session = new DocumentSession(catalog, Messages.chinese(), dialogs, settings,
            Debouncer.immediate());

    private void edit() {
        session.document().header().commit(FormField.PROJECT_NAME, "项目" + System.nanoTime());
    }

    @Test
    void theSameNoticeTwiceIsAnnouncedTwice() {
        List<String> shown = new ArrayList<>();
        session.noticeProperty().addListener((obs, before, after) -> {
            if (after != null) {
                shown.add(after.text());
            }
        });
        session.notice("恢复记录写不进去");
        session.notice("恢复记录写不进去");
        assertEquals(List.of("恢复记录写不进去", "恢复记录写不进去"), shown);
    }

    @Test
    void startsWithAnUntitledCleanForm() {
        assertEquals("未命名 - 绩效自评表编制助手", session.titleBinding().get());
        assertFalse(session.isDirty());
    }

    @Test
    void aFormReadBeforeTheSessionIsItsFirstDocumentOpenedFromItsFile() throws Exception {
        Path file = Files.copy(Forms.reference(2021), dir.resolve("form.json"));
        FormModel read = new FormMapper(catalog).open(new FormFiles().read(file));
        DocumentSession started = new DocumentSession(catalog, new FormFiles(), Messages.chinese(), dialogs, settings,
                Debouncer.immediate(), null, new OpenedForm(file, read));
        assertSame(read, started.document().form(), "the form read at start-up, not a blank one nor a second read");
        assertEquals(file, started.fileProperty().get());
        assertEquals("form.json - 绩效自评表编制助手", started.titleBinding().get());
        assertFalse(started.isDirty());
        assertEquals(List.of(file), started.recentFiles(), "remembered like any opened file");
        assertTrue(dialogs.asked.isEmpty());
        started.document().header().commit(FormField.PROJECT_NAME, "改过");
        assertTrue(started.save());
        assertEquals("改过", new FormFiles().read(file).header().projectName(), "saved to its file without asking");
    }

    @Test
    void theTitleShowsTheFileAndAStarWhileUnsaved() throws IOException {
        Path copy = Files.copy(Forms.reference(2021), dir.resolve("form.json"));
        assertTrue(session.open(copy));
        assertEquals("form.json - 绩效自评表编制助手", session.titleBinding().get());
        edit();
        assertEquals("*form.json - 绩效自评表编制助手", session.titleBinding().get());
        session.document().stack().undo();
        assertEquals("form.json - 绩效自评表编制助手", session.titleBinding().get());
    }

    @Test
    void saveWritesTheFormAndReopeningGivesTheSameForm() {
        assertTrue(session.open(Forms.reference(2022)));
        Path target = dir.resolve("2022.json");
        dialogs.saveAsAnswers.add(target);
        assertTrue(session.saveAs());
        assertFalse(session.isDirty());
        Forms.assertSameForm(Forms.read(Forms.reference(2022)), Forms.read(target));
        assertEquals(dir, settings.lastFolder().orElseThrow(), "the folder is remembered");
        assertEquals(target, session.recentFiles().get(0));
        assertEquals("已保存到 " + target, session.noticeProperty().get().text(), "the notice says where it went");
    }

    @Test
    void saveAsAddsTheExtensionAndProposesAName() {
        session.document().header().commit(FormField.YEAR, "2022");
        session.document().header().commit(FormField.PROJECT_NAME, "甲/乙");
        dialogs.saveAsAnswers.add(dir.resolve("mine"));
        assertTrue(session.save());
        assertEquals(List.of("save as 2022-甲_乙.json"), dialogs.asked);
        assertTrue(Files.exists(dir.resolve("mine.json")));
        edit();
        assertTrue(session.save(), "a saved form saves to its file without asking");
        assertEquals(1, dialogs.asked.size());
    }

    @Test
    void unsavedChangesAreNotLostWithoutAsking() {
        edit();
        FormViewModel before = session.document();
        dialogs.saveAnswers.add(DialogService.SaveChoice.CANCEL);
        assertFalse(session.open(Forms.reference(2021)));
        assertSame(before, session.document(), "cancel keeps the form");
        dialogs.saveAnswers.add(DialogService.SaveChoice.DISCARD);
        assertTrue(session.open(Forms.reference(2021)));
        assertNotSame(before, session.document());
        assertEquals(List.of("save? 未命名", "save? 未命名"), dialogs.asked);
    }

    @Test
    void answeringSaveSavesFirst() {
        edit();
        Path target = dir.resolve("saved.json");
        dialogs.saveAnswers.add(DialogService.SaveChoice.SAVE);
        dialogs.saveAsAnswers.add(target);
        assertTrue(session.confirmDiscard());
        assertTrue(Files.exists(target));
    }

    @Test
    void cancellingTheSaveDialogCancelsClosing() {
        edit();
        dialogs.saveAnswers.add(DialogService.SaveChoice.SAVE);
        assertFalse(session.confirmDiscard());
    }

    @Test
    void aCleanFormIsNotAskedAbout() {
        assertTrue(session.confirmDiscard());
        assertTrue(dialogs.asked.isEmpty());
    }

    @Test
    void newAsksForTheEdition() {
        dialogs.editionAnswer = catalog.find("central-2021-101").orElseThrow();
        assertTrue(session.newForm());
        assertEquals(List.of("成本指标", "产出指标", "效益指标", "满意度指标"),
                session.document().tables().stream().map(IndicatorTableViewModel::levelName).toList());
        assertFalse(session.document().header().hasLeaderRow());
    }

    @Test
    void aBrokenFileIsReportedAndTheFormKept() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ not json", StandardCharsets.UTF_8);
        FormViewModel before = session.document();
        assertFalse(session.open(broken));
        assertSame(before, session.document());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("格式有误"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).startsWith("无法打开 " + broken.toAbsolutePath()), "says which file");
    }

    @Test
    void aWorkbookOpenedAsAFormPointsToTheImport() throws IOException {
        Path workbook = dir.resolve("out.xlsx");
        new XlsxExport(Messages.chinese()).write(
                new FormMapper(catalog).open(new FormFiles().read(Forms.reference(2021))), workbook);
        FormViewModel before = session.document();
        assertFalse(session.open(workbook));
        assertSame(before, session.document());
        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.contains("Excel 工作簿") && error.contains("导入 Excel"), error);
        assertFalse(error.contains("UTF-8"), error);
    }

    @Test
    void aMissingRecentFileIsForgotten() throws IOException {
        Path copy = Files.copy(Forms.reference(2021), dir.resolve("gone.json"));
        session.open(copy);
        Files.delete(copy);
        assertFalse(session.open(copy));
        assertFalse(session.recentFiles().contains(copy));
        assertEquals(List.of(), settings.recentFiles());
    }

    @Test
    void openAsksForAFileInTheLastFolder() {
        settings.setLastFolder(dir);
        dialogs.openAnswers.add(Forms.reference(2021));
        assertTrue(session.open());
        assertEquals(dir, dialogs.lastOpenFolder);
        assertEquals("95.43", session.document().summary().total().getValue());
    }

    @Test
    void saveKeepsTheFormAsModelled() {
        session.open(Forms.reference(2021));
        Path target = dir.resolve("2021.json");
        dialogs.saveAsAnswers.add(target);
        session.saveAs();
        Forms.assertSameForm(new FormMapper(catalog).toDocument(session.document().form()), Forms.read(target));
    }
}
