package org.selfeval.cli;

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
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.io.HugeForms;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Runs the built jar's {@code check} command on every file of the bad-file corpus, as a user would, and on
 * three huge files made here: each must end with exit code 2 and exactly one plain line on stderr — the same
 * text the window shows — and never a stack trace. The odd but valid files must be checked normally.
 */
class BadFilesCliIT {

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
    void everyBadFileEndsWithExitCodeTwoAndOneLine(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(list("bad"));
        Path huge = dir.resolve("hundred-megabytes.json");
        HugeForms.writeHundredMegabytes(huge);
        files.add(huge);
        Path longString = dir.resolve("ten-million-characters.json");
        Files.writeString(longString, HugeForms.withGoalText('a', 10_000_000));
        files.add(longString);
        Path many = dir.resolve("hundred-thousand-indicators.json");
        Files.writeString(many, HugeForms.withIndicators(100_000));
        files.add(many);
        assertTrue(files.size() >= 53, "corpus of " + files.size());

        List<Future<JarRun>> runs = new ArrayList<>();
        for (Path file : files) {
            runs.add(pool.submit(() -> JarRun.of("check", file.toString())));
        }
        FormFiles formFiles = new FormFiles();
        FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            JarRun run = runs.get(i).get(2, TimeUnit.MINUTES);
            String name = file.getFileName().toString();
            String line = run.refusalLine(name);
            String expected;
            try {
                mapper.open(formFiles.read(file));
                throw new AssertionError(name + " opened in process");
            } catch (FormReadException e) {
                e.about(file); // as check names it: also a refusal found after reading (the edition)
                expected = e.describe(Messages.chinese());
            }
            assertEquals(expected, line, name);
            assertTrue(line.contains(file.toString()), line);
        }
    }

    @Test
    void everyOddFileIsChecked() throws Exception {
        List<Path> files = list("odd");
        List<Future<JarRun>> runs = new ArrayList<>();
        for (Path file : files) {
            runs.add(pool.submit(() -> JarRun.of("check", file.toString())));
        }
        for (int i = 0; i < files.size(); i++) {
            JarRun run = runs.get(i).get(2, TimeUnit.MINUTES);
            String name = files.get(i).getFileName().toString();
            assertTrue(run.exitCode() == 0 || run.exitCode() == 1, name + ": " + run.exitCode() + " " + run.stderr());
            assertTrue(run.stdout().startsWith("总分："), name + ": " + run.stdout());
            assertEquals("", run.stderr(), name);
        }
    }

    private static List<Path> list(String folder) throws Exception {
        Path dir = Path.of(BadFilesCliIT.class.getResource("/" + folder).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }


}
