package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.FormDocument;
import org.selfeval.recovery.RecoveryEntry;
import org.selfeval.recovery.RecoveryJournal;

/**
 * The promise of issue 5: a crash loses at most the last 2 seconds of typing. Starts the real application in a
 * separate headless JVM ({@link CrashDriver}), types into the window, waits more than 2 s, kills the JVM with
 * SIGKILL, then starts it again and sees the work offered, restores it and exits cleanly.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @Test
    void editsMadeMoreThanTwoSecondsBeforeAKillAreOfferedAtTheNextStart() throws Exception {
        Path form = Files.copy(Path.of(getClass().getResource("/forms/reference-2021.json").toURI()),
                dir.resolve("社区项目.json"));
        byte[] original = Files.readAllBytes(form);
        Path data = dir.resolve("data");
        try {
            // 1. Edit, wait, kill.
            Child first = start(data, "edit", form.toString());
            String edited = first.await("EDITED ");
            assertEquals("*社区项目.json - 绩效自评表编制助手", edited);
            Thread.sleep(2_500); // the promise covers edits made more than 2 s before the crash
            first.process.destroyForcibly();
            assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));

            RecoveryJournal journal = RecoveryJournal.inDataFolder(data);
            List<RecoveryEntry> left = journal.recoverable();
            assertEquals(1, left.size(), "one record of the killed run");
            RecoveryEntry entry = left.get(0);
            assertEquals(form.toAbsolutePath(), entry.document().file());
            FormDocument saved = journal.load(entry);
            assertEquals(CrashDriver.PROJECT, saved.header().projectName());
            assertEquals(CrashDriver.DEPARTMENT, saved.header().department());
            assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(form)), "the officer's file untouched");

            // 2. Start again: offered, restored, closed without saving.
            Child second = start(data, "restart");
            String offer = second.await("OFFER ");
            assertTrue(offer.contains("社区项目.json") && offer.contains(form.toAbsolutePath().toString()), offer);
            assertTrue(offer.matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*"), "shows the time: " + offer);
            assertEquals("*社区项目.json - 绩效自评表编制助手", second.await("TITLE "));
            assertEquals(CrashDriver.PROJECT, second.await("PROJECT "));
            second.await("EXITED");
            assertTrue(second.process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, second.process.exitValue());
            assertEquals(List.of(), RecoveryJournal.inDataFolder(data).recoverable(),
                    "restored, then closed with 'don't save' on purpose: nothing left to offer");
            try (var files = Files.list(data.resolve("recovery"))) {
                assertEquals(0, files.filter(f -> f.toString().endsWith(".recovery.json")).count());
            }
        } finally {
            for (Process p : started) {
                p.destroyForcibly();
            }
        }
    }

    private Child start(Path data, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java,
                "-Dglass.platform=Headless", "-Dprism.order=sw", "--enable-native-access=ALL-UNNAMED",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dselfeval.dataDir=" + data,
                // The officer's own preferences (recent files, language) are not touched by the test.
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), CrashDriver.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr-" + args[0] + ".txt").toFile())
                .start();
        started.add(process);
        return new Child(process);
    }

    /** A started JVM and the lines it prints. */
    private static final class Child {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** The rest of the next line that starts with {@code prefix}; other lines are skipped. */
        String await(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("no line starting with '" + prefix.strip() + "'");
        }
    }
}
