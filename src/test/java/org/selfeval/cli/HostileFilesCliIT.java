package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.xlsx.HostileWorkbooks;

/**
 * The packaged jar against files that hung, exhausted or crashed it: each run in a JVM of its own bounded from
 * outside (a heap of {@value #HEAP_MB} MB, killed after {@value #TIMEOUT_S} s), each ending with exit code 2 and
 * one plain line on stderr naming the file, no trace.
 */
class HostileFilesCliIT {

    private static final int HEAP_MB = 512;
    private static final int TIMEOUT_S = 120;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2); // two cores; each run is one JVM
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void hostileFormFilesAreRefusedInOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Map<Path, String> files = new LinkedHashMap<>(); // the file, and what its line must say
        Path fifo = dir.resolve("pipe.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            files.put(fifo, "不是普通文件");
        }
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            if (Files.exists(Path.of(device))) {
                files.put(Files.createSymbolicLink(dir.resolve(Path.of(device).getFileName() + ".json"),
                        Path.of(device)), "不是普通文件");
            }
        }
        files.put(Files.createDirectory(dir.resolve("folder.json")), "文件夹");
        files.put(form(dir, "zero-tiny-exponent.json", "\"indicators\":[{\"weight\":0e-999999999}]"), "超出合理范围");
        files.put(form(dir, "zero-huge-exponent.json", "\"funds\":{\"total\":{\"annualBudget\":0E+999999999}}"),
                "超出合理范围");
        files.put(form(dir, "exponent-overflow.json", "\"funds\":{\"total\":{\"annualBudget\":1e99999999999}}"),
                "数字的写法无效");
        files.put(Files.writeString(dir.resolve("version-number.json"), "{\"format\":\"selfeval.form\",\"version\":1.0}"),
                "而不是数字 1.0");
        files.put(Files.writeString(dir.resolve("line\nbreak.json"), "{"), "line\\nbreak.json");
        assertTrue(files.size() >= 8);
        List<Future<JarRun>> runs = new ArrayList<>();
        for (Path file : files.keySet()) {
            runs.add(pool.submit(() -> JarRun.bounded(HEAP_MB, TIMEOUT_S, "check", file.toString())));
        }
        int i = 0;
        for (Map.Entry<Path, String> e : files.entrySet()) {
            JarRun run = runs.get(i++).get(TIMEOUT_S + 30, TimeUnit.SECONDS);
            String line = run.refusalLine(e.getKey().toString());
            String shown = e.getKey().toString().replace("\n", "\\n");
            assertTrue(line.contains(shown), line);
            assertTrue(line.contains(e.getValue()), line);
        }
    }

    @Test
    void hostileWorkbooksAreRefusedInOneLineNamingTheFileAndTheLimit(@TempDir Path dir) throws Exception {
        Map<Path, String> made = HostileWorkbooks.refused(dir);
        List<Future<JarRun>> runs = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (Path file : made.keySet()) {
            Path out = dir.resolve(file.getFileName() + ".json");
            outs.add(out);
            runs.add(pool.submit(() -> JarRun.bounded(HEAP_MB, TIMEOUT_S, "import", file.toString(),
                    "-o", out.toString())));
        }
        int i = 0;
        for (Path file : made.keySet()) {
            JarRun run = runs.get(i).get(TIMEOUT_S + 30, TimeUnit.SECONDS);
            String line = run.refusalLine(file.toString());
            assertTrue(line.contains(file.toString()), line);
            assertFalse(Files.exists(outs.get(i)), file + ": nothing written");
            i++;
        }
    }

    @Test
    void aFileNeedingMoreMemoryThanTheHeapEndsInOnePlainLine(@TempDir Path dir) throws Exception {
        // The largest workbook the limits accept, in a heap far too small for it: memory runs out mid-import.
        Path big = org.selfeval.xlsx.BadWorkbooks.hugeSheet(dir.resolve("big.xlsx"), 11_000, 20);
        Path out = dir.resolve("big.json");
        JarRun run = JarRun.bounded(24, TIMEOUT_S, "import", big.toString(), "-o", out.toString());
        String line = run.refusalLine("big.xlsx");
        assertEquals("内存不足，未能完成：" + big, line);
        assertFalse(Files.exists(out));
    }

    @Test
    void importForceOntoALinkWritesTheFileItPointsTo(@TempDir Path dir) throws Exception {
        Path workbook = dir.resolve("form.xlsx");
        Path reference = Path.of(getClass().getResource("/forms/reference-2021.json").toURI());
        assertEquals(0, JarRun.of("export", reference.toString(), "-o", workbook.toString()).exitCode());
        Path real = Files.writeString(dir.resolve("real.json"), "{\"format\":\"selfeval.form\",\"version\":\"1.0\"}\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        JarRun run = JarRun.of("import", workbook.toString(), "-o", link.toString(), "--force");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).contains("2021年北京科技协作中心"), "the linked file holds the import");
        assertTrue(Files.exists(dir.resolve("real.json.bak")), "the linked file's old version is kept");
    }

    private static Path form(Path dir, String name, String body) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"format\":\"selfeval.form\",\"version\":\"1.0\"," + body + "}");
    }
}
