package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.FormFiles;
import org.selfeval.layout.ReferenceForms;
import org.selfeval.scoring.EditionFiles;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.scoring.Rounding;

class EditionsCliTest {

    private final CapturedCli cli = new CapturedCli();
    private final ByteArrayOutputStream out = cli.out;
    private final ByteArrayOutputStream err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private String errLine() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void editionsListsEveryPreset() {
        assertEquals(Cli.OK, run("editions"));
        String listed = out.toString(StandardCharsets.UTF_8);
        for (var p : ProfileCatalog.builtIn().all()) {
            assertTrue(listed.contains(p.id() + "\t" + p.name()), listed);
        }
    }

    @Test
    void importUnderAnUnknownOrBrokenEditionIsOnePlainLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("f.xlsx");
        assertEquals(Cli.OK, run("export", ReferenceForms.path("reference-2021").toString(), "-o", xlsx.toString()));
        Path json = dir.resolve("f.json");
        assertEquals(Cli.CANNOT_RUN, run("import", xlsx.toString(), "-o", json.toString(), "--edition", "shanghai"));
        assertEquals(1, errLine().lines().count(), errLine());
        assertTrue(errLine().contains("shanghai") && errLine().contains("yuan-no-leader"), errLine());
        Path broken = Files.writeString(dir.resolve("broken.edition.json"),
                "{\"format\":\"selfeval.edition\",\"version\":\"1.0\",\"edition\":{\"id\":\"x\"}}");
        assertEquals(Cli.CANNOT_RUN, run("import", xlsx.toString(), "-o", json.toString(), "--edition",
                broken.toString()));
        assertEquals(1, errLine().lines().count(), errLine());
        assertTrue(errLine().contains("broken.edition.json"), errLine());
        assertFalse(errLine().contains("Exception") || errLine().contains("\tat "), errLine());
        assertFalse(Files.exists(json));
    }

    @Test
    void importUnderAnEditionFileTakesItsRules(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("f.xlsx");
        assertEquals(Cli.OK, run("export", ReferenceForms.path("reference-2022").toString(), "-o", xlsx.toString()));
        Path edition = dir.resolve("down.edition.json");
        new EditionFiles().write(ProfileCatalog.builtIn().defaultProfile()
                .withRounding(new Rounding.Rules(Rounding.CENTS, new Rounding(0, Rounding.Mode.DOWN), Rounding.CENTS))
                .withIdentity("bureau-2023", "某市财政局 2023"), edition);
        Path json = dir.resolve("f.json");
        assertEquals(Cli.OK, run("import", xlsx.toString(), "-o", json.toString(), "--edition", edition.toString()));
        var doc = new FormFiles().read(json);
        assertEquals("bureau-2023", doc.edition());
        assertEquals(new Rounding(0, Rounding.Mode.DOWN), doc.rules().rounding().executionScore());
        assertEquals(Cli.OK, run("check", json.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("61.91%"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("95"), out.toString(StandardCharsets.UTF_8));
    }
}
