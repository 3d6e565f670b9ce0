package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.recovery.Autosaver;
import org.selfeval.recovery.RecoveryEntry;
import org.selfeval.recovery.RecoveryJournal;
import org.selfeval.scoring.ProfileCatalog;

/**
 * The session journals every open form (docs/recovery.md): changed on each edit, removed on save, on undoing back
 * to the saved state and on closing; and the start-up offer restores, discards or keeps for later.
 * The autosave delay is an hour, so only {@link DocumentSession#flushRecovery()} writes: no timing involved.
 */
class AutosaveWiringTest {

    @TempDir
    Path dir;

    private final FormFiles files = new FormFiles();
    private final List<Autosaver> autosavers = new ArrayList<>();

    private Path journalFolder() {
        return dir.resolve("data").resolve("recovery");
    }

    private RecoveryJournal journal() {
        return RecoveryJournal.inDataFolder(dir.resolve("data"));
    }

    private DocumentSession session(ScriptedDialogs dialogs) {
        Autosaver autosaver = new Autosaver(journal(), Runnable::run, Duration.ofHours(1), failure -> { });
        autosavers.add(autosaver);
        return new DocumentSession(ProfileCatalog.builtIn(), Messages.chinese(), dialogs, new MemorySettings(),
                Debouncer.immediate(), autosaver);
    }

    @AfterEach
    void closeAutosavers() {
        autosavers.forEach(Autosaver::close);
    }

    private List<JsonNode> records() throws IOException {
        if (!Files.isDirectory(journalFolder())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(journalFolder())) {
            List<JsonNode> out = new ArrayList<>();
            for (Path p : list.filter(f -> f.toString().endsWith(".recovery.json")).sorted().toList()) {
                out.add(files.mapper().readTree(p.toFile()));
            }
            return out;
        }
    }

    /** Makes every record look written by a run that has ended (no process has this id). */
    private void orphanRecords() throws IOException {
        try (Stream<Path> list = Files.list(journalFolder())) {
            for (Path p : list.toList()) {
                ObjectNode root = (ObjectNode) files.mapper().readTree(p.toFile());
                ((ObjectNode) root.get("owner")).put("pid", Integer.MAX_VALUE);
                Files.write(p, files.mapper().writeValueAsBytes(root));
            }
        }
    }

    @Test
    void anUntitledFormIsJournalledOnceEdited() throws Exception {
        DocumentSession session = session(new ScriptedDialogs());
        session.flushRecovery();
        assertEquals(List.of(), records(), "nothing to recover in a fresh form");

        session.document().header().commit(FormField.PROJECT_NAME, "还没保存过的项目");
        session.flushRecovery();

        List<JsonNode> records = records();
        assertEquals(1, records.size());
        JsonNode record = records.get(0);
        assertEquals("未命名", record.get("documentName").asText());
        assertTrue(record.get("documentPath").isNull());
        assertFalse(record.get("untitledId").asText().isEmpty());
        assertEquals("还没保存过的项目", record.at("/form/header/projectName").asText());
    }

    @Test
    void textStillBeingTypedIsKeptForRecoveryButNotInTheForm() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentSession session = session(dialogs);
        Path file = dir.resolve("form.json");
        dialogs.saveAsAnswers.add(file);
        session.document().header().commit(FormField.PROJECT_NAME, "项目");
        assertTrue(session.saveAs());
        session.flushRecovery();
        assertEquals(List.of(), records());

        FormViewModel form = session.document();
        form.draft(new Location.Field(FormField.ACHIEVED_GOAL), "写了一半的完成情况");
        form.draft(new Location.Cell(form.form().indicators().get(0).id(), 0, IndicatorColumn.REASON), "原因还没写完");
        session.flushRecovery();
        List<JsonNode> records = records();
        assertEquals(1, records.size(), "a saved form with typing in progress has something to recover");
        assertEquals("原因还没写完", records.get(0).at("/form/indicators/0/reason").asText());
        assertEquals("", records.get(0).at("/form/goals/achieved").asText(""), "one draft at a time: the last");
        assertEquals("", form.form().indicators().get(0).getReason(), "the form itself is untouched");
        assertFalse(session.isDirty());

        form.draft(new Location.Field(FormField.ACHIEVED_GOAL), "写了一半的完成情况");
        session.flushRecovery();
        assertEquals("写了一半的完成情况", records().get(0).at("/form/goals/achieved").asText());
        assertEquals("项目", records().get(0).at("/form/header/projectName").asText());

        form.endDraft(new Location.Field(FormField.ACHIEVED_GOAL)); // Escape: nothing committed
        session.flushRecovery();
        assertEquals(List.of(), records(), "the typing was dropped: nothing left to recover");
    }

    @Test
    void savingUndoingToTheSavedStateAndClosingRemoveTheRecord() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentSession session = session(dialogs);
        session.document().header().commit(FormField.PROJECT_NAME, "甲");
        session.flushRecovery();
        assertEquals(1, records().size());

        Path file = dir.resolve("form.json");
        dialogs.saveAsAnswers.add(file);
        assertTrue(session.saveAs());
        session.flushRecovery();
        assertEquals(List.of(), records(), "saved: nothing to recover");

        session.document().header().commit(FormField.PROJECT_NAME, "乙");
        session.flushRecovery();
        assertEquals(file.toString(), records().get(0).get("documentPath").asText(), "now under the file's name");
        assertEquals("form.json", records().get(0).get("documentName").asText());

        session.document().stack().undo();
        session.flushRecovery();
        assertEquals(List.of(), records(), "back to what is on disk");

        session.document().header().commit(FormField.PROJECT_NAME, "丙");
        session.flushRecovery();
        assertEquals(1, records().size());
        session.close();
        session.flushRecovery();
        assertEquals(List.of(), records(), "closed after 'don't save'");
    }

    @Test
    void aFailedSaveKeepsTheRecord() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentSession session = session(dialogs);
        session.document().header().commit(FormField.PROJECT_NAME, "甲");
        dialogs.saveAsAnswers.add(Files.createDirectory(dir.resolve("folder.json")));
        assertFalse(session.saveAs());
        session.flushRecovery();
        assertEquals("甲", records().get(0).at("/form/header/projectName").asText());
    }

    @Test
    void restoredWorkOpensUnsavedUnderItsFileAndReplacesTheOldRecord() throws Exception {
        Path file = Files.copy(Forms.reference(2021), dir.resolve("社区项目.json"));
        DocumentSession crashed = session(new ScriptedDialogs());
        assertTrue(crashed.open(file));
        crashed.document().header().commit(FormField.PROJECT_NAME, "崩溃前改的名称");
        crashed.flushRecovery();
        orphanRecords();
        JsonNode old = records().get(0);

        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.RESTORE);
        DocumentSession next = session(dialogs);
        RecoveryEntry entry = journal().recoverable().get(0);
        int restored = new RecoveryOffer(journal(), next, dialogs, Messages.chinese(), Background.immediate(),
                ZoneId.of("Asia/Shanghai")).offer();

        assertEquals(1, restored);
        String time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(Instant.parse(old.get("savedAt").asText()).atZone(ZoneId.of("Asia/Shanghai")));
        assertEquals(List.of("recover 社区项目.json（" + file + "） @ " + time), dialogs.asked);
        assertEquals("崩溃前改的名称", next.document().form().getProjectName());
        assertTrue(next.isDirty());
        assertEquals(file, next.fileProperty().get());
        assertEquals("*社区项目.json - 绩效自评表编制助手", next.titleBinding().get());
        assertFalse(Files.exists(entry.journalFile()), "the old record went once the new one was written");
        List<JsonNode> records = records();
        assertEquals(1, records.size());
        assertEquals(ProcessHandle.current().pid(), records.get(0).at("/owner/pid").asLong());
        assertEquals("崩溃前改的名称", records.get(0).at("/form/header/projectName").asText());
        assertEquals(List.of(), journal().recoverable(), "this run's record is not offered to itself");
        next.document().stack().undo();
        assertTrue(next.isDirty(), "restored work never counts as saved");
    }

    @Test
    void anUntitledFormIsRestoredUntitled() throws Exception {
        DocumentSession crashed = session(new ScriptedDialogs());
        crashed.document().header().commit(FormField.PROJECT_NAME, "新表");
        crashed.flushRecovery();
        orphanRecords();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.RESTORE);
        DocumentSession next = session(dialogs);
        new RecoveryOffer(journal(), next, dialogs, Messages.chinese(), Background.immediate(), ZoneId.of("UTC"))
                .offer();
        assertNull(next.fileProperty().get());
        assertEquals("*未命名 - 绩效自评表编制助手", next.titleBinding().get());
        assertEquals("新表", next.document().form().getProjectName());
        assertTrue(dialogs.asked.get(0).startsWith("recover 未命名 @ "), dialogs.asked.toString());
    }

    @Test
    void discardRemovesTheWorkAndLaterKeepsItForTheNextStart() throws Exception {
        DocumentSession crashed = session(new ScriptedDialogs());
        crashed.document().header().commit(FormField.PROJECT_NAME, "甲");
        crashed.flushRecovery();
        orphanRecords();

        ScriptedDialogs later = new ScriptedDialogs();
        later.recoveryAnswers.add(DialogService.RecoveryChoice.LATER);
        DocumentSession second = session(later);
        FormViewModel untouched = second.document();
        assertEquals(0, new RecoveryOffer(journal(), second, later, Messages.chinese(), Background.immediate(),
                ZoneId.of("UTC")).offer());
        assertSame(untouched, second.document());
        assertEquals(1, journal().recoverable().size(), "offered again next time");

        ScriptedDialogs discard = new ScriptedDialogs();
        discard.recoveryAnswers.add(DialogService.RecoveryChoice.DISCARD);
        DocumentSession third = session(discard);
        new RecoveryOffer(journal(), third, discard, Messages.chinese(), Background.immediate(), ZoneId.of("UTC"))
                .offer();
        assertEquals(List.of(), journal().recoverable());
        assertFalse(third.isDirty());
    }

    @Test
    void nothingIsAskedWhenNothingWasLeft() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentSession session = session(dialogs);
        assertEquals(0, new RecoveryOffer(journal(), session, dialogs, Messages.chinese(), Background.immediate(),
                ZoneId.of("UTC")).offer());
        assertEquals(List.of(), dialogs.asked);
    }
}
