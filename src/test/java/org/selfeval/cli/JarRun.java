package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The packaged jar run in a JVM of its own, as a user would run it, and what it printed. */
record JarRun(int exitCode, String stdout, String stderr) {

    /** Runs {@code java -jar target/selfeval.jar ARGS…} and waits for it (a minute at most). */
    static JarRun of(String... args) throws IOException, InterruptedException {
        return of(environment -> { }, args);
    }

    /** The same, with the environment changed first (a variable removed, as on a machine without it). */
    static JarRun of(Consumer<Map<String, String>> environment, String... args)
            throws IOException, InterruptedException {
        return of(environment, List.of(), args);
    }

    /** The same, with options for the JVM before {@code -jar} (a system property, a platform). */
    static JarRun of(Consumer<Map<String, String>> environment, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("selfeval.jar", "target/selfeval.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        Process p = builder.start();
        p.getOutputStream().close();
        // Both streams are small; reading stdout fully before stderr cannot block on a single line of stderr.
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not end: " + command);
        }
        return new JarRun(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /**
     * Runs the jar in a JVM bounded from outside: {@code -Xmx} of {@code heapMegabytes}, and killed after
     * {@code timeoutSeconds} (a hang fails the test instead of blocking it). Output goes through files, so that
     * a child that hangs cannot block the reading of its streams.
     */
    static JarRun bounded(int heapMegabytes, int timeoutSeconds, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx" + heapMegabytes + "m",
                "-jar", System.getProperty("selfeval.jar", "target/selfeval.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("still running after " + timeoutSeconds + " s: " + command);
            }
            return new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Asserts a refusal as promised to the officer: exit code 2, nothing on stdout, exactly one line on stderr,
     * no stack trace and no log noise. Returns that line.
     */
    String refusalLine(String name) {
        assertEquals(2, exitCode, name + ": " + stderr);
        assertEquals("", stdout, name);
        String[] lines = stderr.split("\\R", -1);
        assertEquals(2, lines.length, name + " should print exactly one line: " + stderr);
        assertEquals("", lines[1], name);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat ") || stderr.contains("WARNING"),
                name + ": " + stderr);
        return lines[0];
    }
}
