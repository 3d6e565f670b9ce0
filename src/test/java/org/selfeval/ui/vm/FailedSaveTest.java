package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.ProfileCatalog;

/** A save that fails keeps the work: plain message, the unsaved mark, the old file, and Save As offered. */
class FailedSaveTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentSession session = new DocumentSession(ProfileCatalog.builtIn(), Messages.chinese(),
            dialogs, new MemorySettings(), Debouncer.immediate());

    private void edit(String name) {
        session.document().header().commit(FormField.PROJECT_NAME, name);
    }

    @Test
    void aFolderThatVanishedKeepsTheFormUnsavedAndOffersSaveAs() throws IOException {
        Path stick = Files.createDirectory(dir.resolve("usb"));
        Path file = Files.copy(Forms.reference(2021), stick.resolve("form.json"));
        assertTrue(session.open(file));
        edit("改过的项目名称");
        Files.delete(file);
        Files.delete(stick); // the stick was pulled out
        Path elsewhere = dir.resolve("elsewhere.json");
        dialogs.failedSaveAnswers.add(DialogService.FailedSaveChoice.SAVE_AS);
        dialogs.saveAsAnswers.add(elsewhere);

        assertTrue(session.save(), "saved elsewhere in the end");

        assertEquals(List.of("failed save", "save as form.json"), dialogs.asked);
        assertEquals(Messages.chinese().get("io.save.folderMissing", stick.toString()), dialogs.errors.get(0));
        assertEquals("改过的项目名称", Forms.read(elsewhere).header().projectName());
        assertFalse(session.isDirty());
        assertEquals(elsewhere, session.fileProperty().get());
    }

    @Test
    void cancellingAfterAFailedSaveLeavesTheStarAndTheOldFile() throws IOException {
        Path file = Files.copy(Forms.reference(2021), dir.resolve("form.json"));
        byte[] before = Files.readAllBytes(file);
        assertTrue(session.open(file));
        edit("改过的项目名称");
        // The file's place is taken by a folder (the same as a target that is a folder).
        Files.delete(file);
        Files.createDirectory(file);
        Files.writeString(file.resolve("inside.txt"), "x");
        dialogs.failedSaveAnswers.add(DialogService.FailedSaveChoice.CANCEL);

        assertFalse(session.save());

        assertEquals(List.of("failed save"), dialogs.asked, "no Retry for a folder: it would fail again");
        assertEquals(Messages.chinese().get("io.save.targetIsFolder", file.toString()), dialogs.errors.get(0));
        assertTrue(session.isDirty());
        assertTrue(session.titleBinding().get().startsWith("*form.json"), session.titleBinding().get());
        assertTrue(Files.isDirectory(file));
        assertEquals("x", Files.readString(file.resolve("inside.txt")));
        assertEquals("改过的项目名称", session.document().form().getProjectName(), "the work is kept");
        assertArrayEquals(before, Files.readAllBytes(Forms.reference(2021)), "the reference is untouched");
    }

    @Test
    void saveAsOntoAFolderSaysSoAndKeepsTheFormUnsaved() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder.json"));
        edit("新项目");
        dialogs.saveAsAnswers.add(folder);
        dialogs.failedSaveAnswers.add(DialogService.FailedSaveChoice.CANCEL);

        assertFalse(session.saveAs());

        assertEquals(Messages.chinese().get("io.save.targetIsFolder", folder.toString()), dialogs.errors.get(0));
        assertTrue(session.isDirty());
        assertEquals(null, session.fileProperty().get(), "still untitled");
    }

    @Test
    void retryWritesOnceTheFolderIsBack() throws IOException {
        Path stick = dir.resolve("usb");
        // The officer puts the stick back while the message is shown, then answers Retry. (The window offers
        // Retry only for a locked file; the session honours the answer whatever the cause.)
        ScriptedDialogs answering = new ScriptedDialogs() {
            @Override
            public FailedSaveChoice askAfterFailedSave(String message, boolean canRetry) {
                try {
                    Files.createDirectories(stick);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return super.askAfterFailedSave(message, canRetry);
            }
        };
        answering.failedSaveAnswers.add(DialogService.FailedSaveChoice.RETRY);
        DocumentSession retrying = new DocumentSession(ProfileCatalog.builtIn(), Messages.chinese(), answering,
                new MemorySettings(), Debouncer.immediate());
        assertTrue(retrying.open(Files.copy(Forms.reference(2021), dir.resolve("copy.json"))));
        retrying.document().header().commit(FormField.PROJECT_NAME, "再试一次");
        Path target = stick.resolve("again.json");
        answering.saveAsAnswers.add(target);

        assertTrue(retrying.saveAs());

        assertEquals(List.of("save as copy.json", "failed save"), answering.asked);
        assertEquals("再试一次", Forms.read(target).header().projectName());
        assertFalse(retrying.isDirty());
        assertEquals(target, retrying.fileProperty().get());
    }
}
