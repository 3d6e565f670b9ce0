package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.BadWorkbooks;
import org.selfeval.xlsx.XlsxImport;
import org.selfeval.xlsx.XlsxReadException;

/**
 * Runs the built jar's {@code import IN -o OUT.json} on every bad workbook of {@code src/test/resources/bad-xlsx}
 * and on the large ones made here, as a user would: exit code 2, exactly one plain line on stderr (the same text
 * the window shows), no stack trace, nothing on stdout, and no OUT.json written.
 */
class BadXlsxCliIT {

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2); // the machine has two cores; each run is one JVM
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void everyBadWorkbookEndsWithExitCodeTwoOneLineAndNoOutput(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(corpus());
        files.add(BadWorkbooks.hugeSheet(dir.resolve("two-hundred-thousand-rows.xlsx"), 200_000, 1));
        files.add(BadWorkbooks.largeEntry(dir.resolve("sixty-megabyte-sheet.xlsx"), 60 * 1024 * 1024));
        files.add(BadWorkbooks.randomBytes(dir.resolve("over-size-limit.xlsx"), XlsxImport.MAX_FILE_BYTES + 1));
        Path secret = Files.writeString(dir.resolve("secret.txt"), BadWorkbooks.SECRET);
        files.add(Files.write(dir.resolve("xxe-local-file.xlsx"),
                BadWorkbooks.withExternalEntity(BadWorkbooks.referenceForm(), secret.toUri().toString())));
        assertTrue(files.size() >= 16, "corpus of " + files.size());

        List<Future<Run>> runs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path out = dir.resolve("out-" + i + ".json");
            runs.add(pool.submit(() -> importFile(file, out)));
        }
        XlsxImport importer = new XlsxImport(ProfileCatalog.builtIn(), Messages.chinese());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Run run = runs.get(i).get(2, TimeUnit.MINUTES);
            String name = file.getFileName().toString();
            assertEquals(2, run.exitCode, name + ": " + run.stderr);
            assertEquals("", run.stdout, name);
            String[] lines = run.stderr.split("\\R", -1);
            assertEquals(2, lines.length, name + " should print exactly one line: " + run.stderr);
            assertEquals("", lines[1], name);
            assertFalse(run.stderr.contains("Exception") || run.stderr.contains("\tat ")
                    || run.stderr.contains("WARNING"), name + ": " + run.stderr);
            assertFalse(run.stderr.contains(BadWorkbooks.SECRET), name);
            assertFalse(Files.exists(dir.resolve("out-" + i + ".json")), name + ": OUT.json must not be written");
            String expected;
            try {
                importer.read(file);
                throw new AssertionError(name + " imported in process");
            } catch (XlsxReadException e) {
                expected = e.describe(Messages.chinese());
            }
            assertEquals(expected, lines[0], name);
        }
    }

    @Test
    void anExistingOutputFileIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("form.json"), "{\"format\":\"selfeval.form\",\"version\":\"1.0\"}\n");
        byte[] before = Files.readAllBytes(out);
        Path bad = corpus().stream().filter(p -> p.getFileName().toString().equals("truncated-half.xlsx"))
                .findFirst().orElseThrow();
        Run run = importFile(bad, out);
        assertEquals(2, run.exitCode, run.stderr);
        assertArrayEquals(before, Files.readAllBytes(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no backup, no temporary file");
        }
    }

    private static List<Path> corpus() throws Exception {
        Path folder = Path.of(BadXlsxCliIT.class.getResource("/bad-xlsx").toURI());
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Run importFile(Path file, Path out) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("selfeval.jar"),
                "import", file.toString(), "-o", out.toString()).start();
        p.getOutputStream().close();
        // Both streams are small; reading stdout fully before stderr cannot block on a single line of stderr.
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("import did not end: " + file);
        }
        return new Run(p.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }
}
