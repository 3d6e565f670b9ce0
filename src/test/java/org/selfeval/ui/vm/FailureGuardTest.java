package org.selfeval.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.check.FormField;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.recovery.Autosaver;
import org.selfeval.recovery.RecoveryJournal;
import org.selfeval.scoring.ProfileCatalog;

/**
 * An exception nobody caught writes the open form's recovery record at once, not after the autosave delay, and
 * says in one line what happened; the stack trace is kept for the details.
 */
class FailureGuardTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.chinese();
    private final List<String> lines = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private Autosaver autosaver;
    private DocumentSession session;
    private FailureGuard guard;

    @BeforeEach
    void open() {
        // A delay no test waits for: a record that exists was written by the guard.
        autosaver = new Autosaver(RecoveryJournal.inDataFolder(dir), Runnable::run, Duration.ofHours(1),
                failure -> { });
        session = new DocumentSession(ProfileCatalog.builtIn(), messages, new ScriptedDialogs(), new MemorySettings(),
                Debouncer.immediate(), autosaver);
        guard = new FailureGuard(() -> session, Runnable::run, (line, more) -> {
            lines.add(line);
            details.add(more);
        });
    }

    @AfterEach
    void close() {
        autosaver.close();
    }

    private List<JsonNode> records() throws Exception {
        Path folder = dir.resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<JsonNode> out = new ArrayList<>();
            for (Path p : list.filter(f -> f.toString().endsWith(".recovery.json")).toList()) {
                out.add(new FormFiles().mapper().readTree(p.toFile()));
            }
            return out;
        }
    }

    @Test
    void anUncaughtExceptionWritesTheRecordAtOnceAndSaysSoInOneLine() throws Exception {
        session.document().header().commit(FormField.PROJECT_NAME, "出错之前输入的项目");
        assertEquals(List.of(), records(), "the autosave would wait an hour");

        guard.uncaught(new Thread("worker"), new IllegalStateException("意外"));

        List<JsonNode> records = records();
        assertEquals(1, records.size());
        assertEquals("出错之前输入的项目", records.get(0).path("form").path("header").path("projectName").asText());
        assertEquals(List.of(messages.get("editor.failure.recorded")), lines);
        assertTrue(!lines.get(0).contains("\n") && !lines.get(0).contains("Exception"), "one plain line");
        assertTrue(details.get(0).startsWith("worker: java.lang.IllegalStateException: 意外"), details.get(0));
        assertTrue(details.get(0).contains("at org.selfeval.ui.vm.FailureGuardTest"), "the stack trace, on request");
    }

    @Test
    void aFormWithNothingUnsavedGetsNoRecordAndTheLineSaysSo() throws Exception {
        guard.uncaught(Thread.currentThread(), new NullPointerException());
        assertEquals(List.of(), records());
        assertEquals(List.of(messages.get("editor.failure.nothingUnsaved")), lines);
    }

    @Test
    void aFailureWhileOneIsReportedIsNotReportedAgain() {
        FailureGuard[] self = new FailureGuard[1];
        self[0] = new FailureGuard(() -> session, Runnable::run, (line, more) -> {
            lines.add(line);
            self[0].uncaught(Thread.currentThread(), new IllegalStateException("again, from the dialog"));
        });
        self[0].uncaught(Thread.currentThread(), new IllegalStateException("first"));
        assertEquals(1, lines.size());
    }
}
