package org.selfeval.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormWriteException;

/**
 * The autosaver journals a burst of edits as one write, off the model thread, and removes the record on save
 * and on a clean close, never bringing it back with a late write.
 */
class AutosaverTest {

    @TempDir
    Path dir;

    /** Stands for the FX thread: snapshots run here, and only here. */
    private ExecutorService modelThread;
    private RecoveryJournal journal;
    private final List<FormWriteException> failures = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "model"));
        // Records written as by a run that has since ended, so that recoverable() lists them.
        journal = new RecoveryJournal(dir.resolve("recovery"), new FormFiles(), Clock.systemUTC(),
                RecoveryJournalTest.endedProcess());
    }

    @AfterEach
    void tearDown() {
        modelThread.shutdownNow();
    }

    private Autosaver autosaver(Duration delay) {
        return new Autosaver(journal, modelThread, delay, failures::add);
    }

    @Test
    void aBurstOfEditsIsJournalledOnceWithTheLatestStateTakenOnTheModelThread() throws Exception {
        AtomicReference<FormDocument> form = new AtomicReference<>(RecoveryJournalTest.form("第0稿"));
        AtomicInteger snapshots = new AtomicInteger();
        List<String> threads = new ArrayList<>();
        try (Autosaver autosaver = autosaver(Duration.ofHours(1))) {
            Autosaver.Tracked doc = autosaver.track(DocumentKey.untitled(), "未命名 1", () -> {
                snapshots.incrementAndGet();
                threads.add(Thread.currentThread().getName());
                return form.get();
            });
            for (int i = 1; i <= 100; i++) {
                form.set(RecoveryJournalTest.form("第" + i + "稿"));
                doc.changed();
            }
            assertEquals(List.of(), journal.recoverable(), "nothing is written before the delay");
            doc.flush();
            assertEquals(1, snapshots.get());
            assertEquals(List.of("model"), threads);
            List<RecoveryEntry> offered = journal.recoverable();
            assertEquals(1, offered.size());
            assertEquals("第100稿", journal.load(offered.get(0)).header().projectName());
            assertEquals("未命名 1", offered.get(0).documentName());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aChangeIsJournalledByItselfAfterTheDelay() throws Exception {
        try (Autosaver autosaver = autosaver(Duration.ofMillis(100))) {
            Autosaver.Tracked doc = autosaver.track(DocumentKey.untitled(), "未命名 1",
                    () -> RecoveryJournalTest.form("自动保存"));
            doc.changed();
            // No timing is asserted: the record only has to appear eventually without any flush.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (journal.recoverable().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("自动保存", journal.load(journal.recoverable().get(0)).header().projectName());
        }
    }

    @Test
    void savingRemovesTheRecordAndLaterChangesUseTheNewName() throws Exception {
        Path saved = dir.resolve("社区项目.json");
        try (Autosaver autosaver = autosaver(Duration.ofHours(1))) {
            Autosaver.Tracked doc = autosaver.track(DocumentKey.untitled(), "未命名 1",
                    () -> RecoveryJournalTest.form("社区项目"));
            doc.changed();
            doc.flush();
            assertEquals(1, journal.recoverable().size());
            modelThread.submit(() -> doc.saved(DocumentKey.forFile(saved), "社区项目.json")).get();
            doc.flush();
            assertEquals(List.of(), journal.recoverable());
            doc.changed();
            doc.flush();
            RecoveryEntry entry = journal.recoverable().get(0);
            assertEquals(DocumentKey.forFile(saved), entry.document());
            assertEquals("社区项目.json", entry.documentName());
        }
        assertTrue(!Files.exists(saved), "the autosaver never writes the user's file");
    }

    @Test
    void aSnapshotTakenJustBeforeASaveLeavesNoRecordBehind() throws Exception {
        CountDownLatch savedDone = new CountDownLatch(1);
        try (Autosaver autosaver = autosaver(Duration.ofMillis(1))) {
            AtomicReference<Autosaver.Tracked> tracked = new AtomicReference<>();
            // The officer saves on the model thread right after the autosave's snapshot was taken.
            Autosaver.Tracked doc = autosaver.track(DocumentKey.untitled(), "未命名 1", () -> {
                modelThread.execute(() -> {
                    tracked.get().saved(DocumentKey.forFile(dir.resolve("a.json")), "a.json");
                    savedDone.countDown();
                });
                return RecoveryJournalTest.form("保存前");
            });
            tracked.set(doc);
            doc.changed();
            assertTrue(savedDone.await(20, TimeUnit.SECONDS));
            doc.flush();
            assertEquals(List.of(), RecoveryJournalTest.files(journal.folder()));
        }
    }

    @Test
    void closingCleanlyRemovesTheRecordEvenWithAWritePending() throws Exception {
        Autosaver autosaver = autosaver(Duration.ofMillis(50));
        Autosaver.Tracked doc = autosaver.track(DocumentKey.untitled(), "未命名 1",
                () -> RecoveryJournalTest.form("x"));
        doc.changed();
        doc.flush();
        doc.changed();
        modelThread.submit(doc::close).get();
        autosaver.close();
        modelThread.submit(() -> { }).get(); // a snapshot already on its way has run, and found it closed
        assertEquals(List.of(), RecoveryJournalTest.files(journal.folder()));
        doc.changed(); // after closing: ignored, no exception
        assertEquals(List.of(), failures);
    }

    @Test
    void aFailedJournalWriteIsReportedAndTypingGoesOn() throws Exception {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        try (Autosaver autosaver = autosaver(Duration.ofHours(1))) {
            Autosaver.Tracked doc = autosaver.track(DocumentKey.untitled(), "未命名 1",
                    () -> RecoveryJournalTest.form("x"));
            doc.changed();
            doc.flush();
            doc.changed();
            doc.flush();
        }
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).messageKey().startsWith("io.save."), failures.get(0).messageKey());
    }
}
