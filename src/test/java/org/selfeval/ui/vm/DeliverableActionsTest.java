package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.DeliverableFiles;

/** 导出 PDF… and 生成自评报告… without the FX thread: the work runs when the test lets it. */
class DeliverableActionsTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.forLocale(java.util.Locale.ENGLISH);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DocumentSession session = new DocumentSession(ProfileCatalog.builtIn(), messages, dialogs,
            new MemorySettings(), Debouncer.immediate());
    private final List<URI> opened = new ArrayList<>();

    /** Holds the background work until the test runs it, to see what the window shows meanwhile. */
    private static final class HeldBackground implements Background {
        Runnable held;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            held = () -> Background.immediate().run(work, done, failed);
        }
    }

    private WorkbookActions actions(Background background) {
        return new WorkbookActions(session, () -> null, DeliverableFiles::new, messages, dialogs, background,
                opened::add);
    }

    @Test
    void bothDocumentsAreWrittenInTheBackgroundUnderTheirChineseNamesWithProgress() throws Exception {
        assertTrue(session.open(Forms.reference(2021)));
        HeldBackground background = new HeldBackground();
        WorkbookActions actions = actions(background);
        dialogs.documentSaveAnswers.add(dir.resolve("form"));
        dialogs.documentSaveAnswers.add(dir.resolve("report"));
        dialogs.openFolderAnswer = true;

        actions.write(Deliverables.Kind.PDF);
        assertEquals(messages.get("wiring.export.busy", "form.pdf"), actions.busyProperty().get());
        assertFalse(Files.exists(dir.resolve("form.pdf")), "written in the background");
        background.held.run();
        assertEquals("%PDF", Files.readString(dir.resolve("form.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .substring(0, 4));
        assertEquals("", actions.busyProperty().get());

        actions.write(Deliverables.Kind.REPORT);
        background.held.run();
        assertTrue(Files.size(dir.resolve("report.docx")) > 0);
        assertEquals(List.of("write as 2021年北京科技协作中心新兴领域融合科技协同创新促进工作绩效自评表.pdf",
                "write as 2021年北京科技协作中心新兴领域融合科技协同创新促进工作绩效自评报告.docx"), dialogs.asked);
        assertEquals(List.of(dir.toUri(), dir.toUri()), opened);
    }

    @Test
    void aTargetThatCannotBeWrittenIsOneErrorAndTheWindowIsFreeAgain() throws Exception {
        assertTrue(session.open(Forms.reference(2022)));
        Path folder = Files.createDirectory(dir.resolve("taken.docx"));
        dialogs.documentSaveAnswers.add(folder);
        WorkbookActions actions = actions(Background.immediate());
        actions.write(Deliverables.Kind.REPORT);
        assertEquals(1, dialogs.errors.size());
        assertEquals(1, dialogs.errors.get(0).lines().count());
        assertTrue(dialogs.errors.get(0).contains(folder.toString()), dialogs.errors.get(0));
        assertFalse(actions.isBusy());
    }

    @Test
    void cancellingTheChooserWritesNothing() throws Exception {
        assertTrue(session.open(Forms.reference(2021)));
        actions(Background.immediate()).write(Deliverables.Kind.PDF);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertTrue(dialogs.errors.isEmpty());
    }
}
