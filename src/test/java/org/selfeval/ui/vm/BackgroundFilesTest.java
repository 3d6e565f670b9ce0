package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Save and Open run in the background: the file written is the form at the moment of saving, the dirty mark is
 * right after edits made meanwhile, no second save or open starts while one runs, and failures name the file.
 */
class BackgroundFilesTest {

    @TempDir
    Path dir;

    /** Work that waits until the test lets it run, as a slow disk would make it wait. */
    static final class HeldBackground implements Background {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            held.add(() -> Background.immediate().run(work, done, failed));
        }

        int waiting() {
            return held.size();
        }

        /** Lets the oldest held work run (its result reported at once, as on the FX thread). */
        void release() {
            held.remove().run();
        }
    }

    private final HeldBackground background = new HeldBackground();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = Messages.chinese();
    private final DocumentSession session = new DocumentSession(new SessionParts(ProfileCatalog.builtIn(),
            new FormFiles(), new MemorySettings(), Debouncer.immediate(), null, background), messages, dialogs, null);
    private final WorkbookActions workbooks = new WorkbookActions(session, () -> {
        throw new AssertionError("no workbook here");
    }, () -> {
        throw new AssertionError("no document here");
    }, messages, dialogs, Background.immediate(), uri -> true);
    private final EditorCommands commands = new EditorCommands(session, workbooks);

    private void name(String text) {
        session.document().header().commit(FormField.PROJECT_NAME, text);
    }

    @Test
    void theFileSavedIsTheFormAtTheMomentOfSavingAndLaterEditsStayUnsaved() throws Exception {
        Path target = dir.resolve("form.json");
        name("保存时的名称");
        dialogs.saveAsAnswers.add(target);

        assertTrue(session.save(), "under way");
        assertEquals(1, background.waiting());
        assertEquals(messages.get("editor.busy.saving", "form.json"), session.busyProperty().get());
        assertFalse(commands.enabled(EditorCommand.SAVE).getValue(), "no second save while one runs");
        assertFalse(commands.enabled(EditorCommand.OPEN).getValue());
        assertTrue(commands.enabled(EditorCommand.UNDO).getValue(), "editing goes on meanwhile");
        name("保存之后才输入的名称");

        background.release();
        assertEquals("保存时的名称", Forms.read(target).header().projectName(), "the state when Save was chosen");
        assertTrue(session.isDirty(), "the later edit is not in the file");
        assertEquals(target, session.fileProperty().get());
        assertEquals("", session.busyProperty().get());
        assertTrue(commands.enabled(EditorCommand.SAVE).getValue());

        session.document().stack().undo();
        assertFalse(session.isDirty(), "undoing the later edit is back at what the file holds");
    }

    @Test
    void aSecondSaveWhileOneRunsIsRefusedNotQueued() {
        Path target = dir.resolve("once.json");
        name("甲");
        dialogs.saveAsAnswers.add(target);
        session.save();
        name("乙");
        assertFalse(session.save(), "refused: it could write an older state after a newer one");
        assertFalse(session.open(dir.resolve("other.json")));
        assertEquals(1, background.waiting());
        background.release();
        assertEquals("甲", Forms.read(target).header().projectName());
        assertTrue(session.isDirty());
    }

    @Test
    void openReadsInTheBackgroundAndAFailureNamesTheFile() throws Exception {
        Path form = Files.copy(Forms.reference(2021), dir.resolve("2021.json"));
        assertTrue(session.open(form));
        assertEquals(messages.get("editor.busy.opening", "2021.json"), session.busyProperty().get());
        assertEquals(null, session.fileProperty().get(), "shown once read");
        background.release();
        assertEquals(form, session.fileProperty().get());
        assertEquals(Forms.read(form).header().projectName(), session.document().form().getProjectName());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{ not json");
        session.open(broken);
        background.release();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains(broken.toString()), dialogs.errors.toString());
        assertEquals(form, session.fileProperty().get(), "the open form stays");
    }

    @Test
    void aFailedSaveNamesTheFileAndKeepsTheFormUnsaved() {
        Path target = dir.resolve("missing-folder").resolve("form.json");
        name("写不进去");
        dialogs.saveAsAnswers.add(target);
        dialogs.failedSaveAnswers.add(DialogService.FailedSaveChoice.CANCEL);
        session.save();
        background.release();
        assertEquals(2, dialogs.asked.size(), dialogs.asked.toString());
        assertTrue(dialogs.asked.get(1).startsWith("failed save"), "asked what next");
        assertTrue(dialogs.errors.get(0).contains(target.getParent().toString()), "names where: " + dialogs.errors);
        assertTrue(session.isDirty());
        assertEquals(null, session.fileProperty().get());
        assertFalse(Files.exists(target));
    }

    @Test
    void undoAndRedoApplyOnlyWithSomethingToUndoOrRedo() {
        DocumentSession quick = new DocumentSession(ProfileCatalog.builtIn(), messages, dialogs, new MemorySettings(),
                Debouncer.immediate());
        EditorCommands states = new EditorCommands(quick, new WorkbookActions(quick, () -> null, () -> null,
                messages, dialogs, Background.immediate(), uri -> true));
        assertFalse(states.enabled(EditorCommand.UNDO).getValue(), "nothing to undo in a new form");
        assertFalse(states.enabled(EditorCommand.REDO).getValue());
        assertFalse(states.enabled(EditorCommand.OPEN_FOLDER).getValue(), "no file, no folder");
        quick.document().header().commit(FormField.PROJECT_NAME, "某项目");
        assertTrue(states.enabled(EditorCommand.UNDO).getValue());
        quick.document().stack().undo();
        assertFalse(states.enabled(EditorCommand.UNDO).getValue());
        assertTrue(states.enabled(EditorCommand.REDO).getValue());
        quick.newForm(ProfileCatalog.builtIn().defaultProfile());
        assertFalse(states.enabled(EditorCommand.REDO).getValue(), "the new form's history, not the old one's");
    }
}
