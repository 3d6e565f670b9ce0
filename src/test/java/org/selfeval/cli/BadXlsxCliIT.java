package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        List<Future<JarRun>> runs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path out = dir.resolve("out-" + i + ".json");
            runs.add(pool.submit(() -> JarRun.of("import", file.toString(), "-o", out.toString())));
        }
        XlsxImport importer = new XlsxImport(ProfileCatalog.builtIn(), Messages.chinese());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            JarRun run = runs.get(i).get(2, TimeUnit.MINUTES);
            String name = file.getFileName().toString();
            String line = run.refusalLine(name);
            assertFalse(run.stderr().contains(BadWorkbooks.SECRET), name);
            assertFalse(Files.exists(dir.resolve("out-" + i + ".json")), name + ": OUT.json must not be written");
            String expected;
            try {
                importer.read(file);
                throw new AssertionError(name + " imported in process");
            } catch (XlsxReadException e) {
                expected = e.describe(Messages.chinese());
            }
            assertEquals(expected, line, name);
        }
    }

    @Test
    void anExistingOutputFileIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("form.json"), "{\"format\":\"selfeval.form\",\"version\":\"1.0\"}\n");
        byte[] before = Files.readAllBytes(out);
        Path bad = corpus().stream().filter(p -> p.getFileName().toString().equals("truncated-half.xlsx"))
                .findFirst().orElseThrow();
        // Forced: without --force the existing file would be refused before the workbook is even read.
        JarRun run = JarRun.of("import", bad.toString(), "-o", out.toString(), "--force");
        assertEquals(2, run.exitCode(), run.stderr());
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


}
