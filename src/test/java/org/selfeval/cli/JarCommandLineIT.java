package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Fixtures;
import org.selfeval.i18n.Messages;

/** Runs the packaged jar as a user would: {@code java -jar target/selfeval.jar check …}. */
class JarCommandLineIT {

    @Test
    void theEditorStartsWithoutAWarning(@TempDir Path dir) throws Exception {
        Path form = Files.write(dir.resolve("form.json"), Fixtures.bytes(Fixtures.FORM_2021));
        // As at any start but the very first, the settings folder exists (java.util.prefs notes its creation).
        Files.createDirectories(dir.resolve("prefs/.java/.userPrefs"));
        // The window on JavaFX's headless platform, closed by the start-up probe once it is shown with the form:
        // JavaFX's native libraries load as on a desktop, so the native-access and module warnings would show.
        JarRun r = JarRun.of(env -> { }, List.of("-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Dselfeval.exitWhenShown=true", "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Dselfeval.dataDir=" + dir.resolve("data")), form.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().strip().matches("\\d+"), "the probe prints the start-up time: " + r.stdout());
        assertEquals("", r.stderr(), "nothing on stderr at start-up");
    }

    @Test
    void checkJsonGivesTheReferenceTotals(@TempDir Path dir) throws Exception {
        Path form2021 = dir.resolve("reference-2021.json");
        Path form2022 = dir.resolve("reference-2022.json");
        Files.write(form2021, Fixtures.bytes(Fixtures.FORM_2021));
        Files.write(form2022, Fixtures.bytes(Fixtures.FORM_2022));
        JarRun r2021 = JarRun.of("check", "--json", form2021.toString());
        assertEquals(0, r2021.exitCode(), r2021.stderr());
        assertTrue(r2021.stdout().contains("\"total\" : \"95.43\""), r2021.stdout());
        assertTrue(r2021.stdout().contains("\"grade\" : \"优\""), r2021.stdout());
        JarRun r2022 = JarRun.of("check", "--json", form2022.toString());
        assertTrue(r2022.stdout().contains("\"total\" : \"95.19\""), r2022.stdout());
        assertFalse(r2022.stderr().contains("log4j") || r2022.stderr().contains("Exception"), r2022.stderr());
    }

    @Test
    void aMistypedCommandIsAUsageErrorAndStartsNoWindow() throws Exception {
        JarRun r = JarRun.of("chek", "r.json");
        assertEquals(2, r.exitCode(), r.stderr());
        assertEquals("", r.stdout());
        assertEquals("未知的命令：chek", r.stderr().lines().findFirst().orElse(""), r.stderr());
        assertTrue(r.stderr().contains("selfeval import IN.xlsx"), r.stderr());
        // JavaFX would have logged its start (and, with no display, a stack trace).
        assertFalse(r.stderr().contains("JavaFX") || r.stderr().contains("Exception"), r.stderr());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS})
    void withoutADisplayTheEditorSaysSoInOneLineAndPointsToTheCommands(@TempDir Path dir) throws Exception {
        String expected = Messages.chinese().get("cli.noWindow");
        Path form = Files.write(dir.resolve("form.json"), Fixtures.bytes(Fixtures.FORM_2021));
        assertEquals(expected, JarRun.of(JarCommandLineIT::noDisplay).refusalLine("no file"));
        assertEquals(expected, JarRun.of(JarCommandLineIT::noDisplay, form.toString()).refusalLine("a form"));
        assertEquals(Messages.forLocale(Locale.ENGLISH).get("cli.noWindow"),
                JarRun.of(JarCommandLineIT::noDisplay, "--lang=en").refusalLine("in English"));
        // DISPLAY set, but no X server answers there (a remote login without X forwarding): JavaFX finds out itself.
        JarRun unreachable = JarRun.of(env -> env.put("DISPLAY", ":987"));
        assertEquals(2, unreachable.exitCode(), unreachable.stderr());
        assertEquals(expected, unreachable.stderr().lines().reduce((a, b) -> b).orElse(""), unreachable.stderr());
        assertFalse(unreachable.stderr().contains("\tat ") || unreachable.stderr().contains("Exception"),
                unreachable.stderr());
    }

    private static void noDisplay(Map<String, String> environment) {
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
    }

    @Test
    void aBrokenFileGivesExitCodeTwoAndOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\" : \"selfeval.form\", \"version\" : \"1.0\", \"indicators\" : [");
        JarRun r = JarRun.of("check", broken.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertFalse(r.stderr().contains("at org."), r.stderr());
    }
}
