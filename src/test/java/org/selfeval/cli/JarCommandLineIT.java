package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Fixtures;

/** Runs the packaged jar as a user would: {@code java -jar target/selfeval.jar check …}. */
class JarCommandLineIT {

    record Result(int exitCode, String out, String err) {
    }

    static Result runJar(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("selfeval.jar", "target/selfeval.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void checkJsonGivesTheReferenceTotals(@TempDir Path dir) throws Exception {
        Path form2021 = dir.resolve("reference-2021.json");
        Path form2022 = dir.resolve("reference-2022.json");
        Files.write(form2021, Fixtures.bytes(Fixtures.FORM_2021));
        Files.write(form2022, Fixtures.bytes(Fixtures.FORM_2022));
        Result r2021 = runJar("check", "--json", form2021.toString());
        assertEquals(0, r2021.exitCode(), r2021.err());
        assertTrue(r2021.out().contains("\"total\" : \"95.43\""), r2021.out());
        assertTrue(r2021.out().contains("\"grade\" : \"优\""), r2021.out());
        Result r2022 = runJar("check", "--json", form2022.toString());
        assertTrue(r2022.out().contains("\"total\" : \"95.19\""), r2022.out());
        assertFalse(r2022.err().contains("log4j") || r2022.err().contains("Exception"), r2022.err());
    }

    @Test
    void aBrokenFileGivesExitCodeTwoAndOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\" : \"selfeval.form\", \"version\" : \"1.0\", \"indicators\" : [");
        Result r = runJar("check", broken.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }
}
