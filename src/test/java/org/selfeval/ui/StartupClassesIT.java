package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Fixtures;

/**
 * Starts the packaged editor with a form (headless, on JavaFX's own Headless glass platform) and the start-up probe, and reads the JVM's
 * class-loading log: nothing of the Excel export, printing, POI or XMLBeans may load before the window is up
 * (the warm-up that loads them is started only then). Asserts no timing.
 */
class StartupClassesIT {

    private static final List<String> HEAVY = List.of("org.apache.poi.", "org.apache.xmlbeans.",
            "org.openxmlformats.", "org.selfeval.xlsx.", "org.selfeval.print.");
    private static final Pattern CLASS = Pattern.compile("\\] (\\S+) source:");

    @Test
    void theWindowShowsTheFormBeforeAnythingOfTheExportIsLoaded(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("reference-2021.json");
        Files.write(form, Fixtures.bytes(Fixtures.FORM_2021));
        Path log = dir.resolve("classes.txt");
        String jar = System.getProperty("selfeval.jar", "target/selfeval.jar");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-Dglass.platform=Headless",
                "--enable-native-access=ALL-UNNAMED",
                "-Dprism.order=sw", "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Dselfeval.dataDir=" + dir.resolve("data"),
                "-D" + StartupProbe.PROPERTY + "=true", "-cp", jar,
                "org.selfeval.Launcher", form.toString())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe did not end the program");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, process.exitValue(), err);
        assertTrue(out.matches("\\d+"), "the probe prints one figure, not: " + out + "\n" + err);

        // Lines look like "[0.012s][info][class,load] java.lang.Object source: shared objects file".
        List<String> loaded = Files.readAllLines(log).stream().map(CLASS::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).toList();
        int shown = loaded.indexOf(ExportWarmUp.class.getName());
        assertTrue(shown > 0, "the warm-up after the first frame did not start");
        assertTrue(loaded.contains("org.selfeval.ui.view.MainWindow"));
        List<String> early = loaded.subList(0, shown).stream()
                .filter(name -> HEAVY.stream().anyMatch(name::startsWith)).toList();
        assertEquals(List.of(), early, "loaded before the window was shown");
    }
}
