package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Kills a separate JVM that saves a form in a loop (SIGKILL, as a flat battery would) at 200 random moments
 * (1,000 with {@code src/bench/kill-test.sh}, outside {@code mvn verify}: {@code -Dselfeval.kills=N}), and checks
 * each time that the file on disk is one of the two versions, complete, and opens; the backup too.
 */
class SaveInterruptionIT {

    private static final int KILLS = Integer.getInteger("selfeval.kills", 200);

    @Test
    void aKilledSaveLeavesTheOldOrTheNewVersionNeverAMixture(@TempDir Path dir) throws Exception {
        FormFiles files = new FormFiles();
        FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
        byte[] small = Files.readAllBytes(Path.of(getClass().getResource("/forms/reference-2021.json").toURI()));
        // A larger second version (~400 rows), so that a kill often falls inside the writing itself.
        FormModel big = mapper.open(files.read(small));
        for (int i = 0; i < 400; i++) {
            var row = big.newIndicator();
            row.nameProperty().set("第" + i + "项指标：社区服务中心运行保障服务人次");
            row.targetProperty().set("≥" + i + "人次");
            big.indicators().add(row);
        }
        byte[] large = files.toBytes(mapper.toDocument(big));
        Path a = Files.write(dir.resolve("a.bin"), small);
        Path b = Files.write(dir.resolve("b.bin"), large);
        Path folder = Files.createDirectory(dir.resolve("forms"));
        Path target = folder.resolve("form.json");

        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random();
        int sawSmall = 0;
        int sawLarge = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xss512k",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                    target.toString(), a.toString(), b.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("saving", out.readLine(), "the saving child did not start");
                TimeUnit.MICROSECONDS.sleep(random.nextInt(30_000));
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            byte[] onDisk = Files.readAllBytes(target);
            boolean isSmall = Arrays.equals(onDisk, small);
            boolean isLarge = Arrays.equals(onDisk, large);
            assertTrue(isSmall || isLarge, "kill " + kill + ": the file is neither version (" + onDisk.length + " bytes)");
            sawSmall += isSmall ? 1 : 0;
            sawLarge += isLarge ? 1 : 0;
            assertNotNull(mapper.open(files.read(target)));
            Path backup = folder.resolve("form.json.bak");
            if (Files.exists(backup)) {
                byte[] kept = Files.readAllBytes(backup);
                assertTrue(Arrays.equals(kept, small) || Arrays.equals(kept, large), "kill " + kill + ": backup damaged");
            }
        }
        long leftovers;
        try (Stream<Path> s = Files.list(folder)) {
            leftovers = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
        System.out.printf("%d kills: old/new small %d, large %d; %d kills fell inside a save (temporary files left)%n",
                KILLS, sawSmall, sawLarge, leftovers);
        // Both versions were seen: the loop really alternated under the kills (chance of not: 2^-200).
        assertTrue(sawSmall > 0 && sawLarge > 0, "small " + sawSmall + ", large " + sawLarge);
    }
}
