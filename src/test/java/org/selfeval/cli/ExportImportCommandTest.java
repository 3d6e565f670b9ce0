package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.layout.ReferenceForms;

class ExportImportCommandTest {

    private final CapturedCli cli = new CapturedCli();
    private final ByteArrayOutputStream out = cli.out;
    private final ByteArrayOutputStream err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void exportThenImportOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("form.xlsx");
        Path json = dir.resolve("back.json");
        assertTrue(Cli.isCommand(new String[] {"export"}) && Cli.isCommand(new String[] {"import"}));
        assertEquals(Cli.OK, run("export", ReferenceForms.path("reference-2022").toString(), "-o", xlsx.toString()));
        assertTrue(Files.size(xlsx) > 1000);
        assertEquals(Cli.OK, run("import", xlsx.toString(), "-o", json.toString()));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(savedAs20("reference-2022"), Files.readString(json));
    }

    @Test
    void badArgumentsAndUnreadableFilesExitWithTwo(@TempDir Path dir) throws Exception {
        assertEquals(Cli.CANNOT_RUN, run("export", ReferenceForms.path("reference-2021").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("-o OUT.xlsx"));
        assertEquals(Cli.CANNOT_RUN, run("export", "--bogus", "a.json", "-o", "b.xlsx"));
        assertEquals(Cli.CANNOT_RUN, run("import", dir.resolve("missing.xlsx").toString(), "-o", "x.json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("找不到文件"));
        Path text = Files.writeString(dir.resolve("note.xlsx"), "not a workbook");
        assertEquals(Cli.CANNOT_RUN, run("import", text.toString(), "-o", dir.resolve("x.json").toString()));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).strip().lines().count(), "one plain line");
    }

    @Test
    void aWorkbookWithoutTheFormIsRefusedByName(@TempDir Path dir) throws Exception {
        Path sales = dir.resolve("销售数据.xlsx");
        Files.copy(Path.of(getClass().getResource("/bad-xlsx/other-layout.xlsx").toURI()), sales);
        assertEquals(Cli.CANNOT_RUN, run("import", sales.toString(), "-o", dir.resolve("x.json").toString()));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.contains("没有找到绩效自评表") && line.contains(sales.toString()), line);
    }

    @Test
    void importRefusesToOverwriteAFormUnlessForced(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("form.xlsx");
        assertEquals(Cli.OK, run("export", ReferenceForms.path("reference-2022").toString(), "-o", xlsx.toString()));
        Path mine = Files.writeString(dir.resolve("mine.json"), "一周的填写，不能被导入覆盖");
        byte[] before = Files.readAllBytes(mine);

        assertEquals(Cli.CANNOT_RUN, run("import", xlsx.toString(), "-o", mine.toString()));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains(mine.toString()) && line.contains("--force"), line);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertArrayEquals(before, Files.readAllBytes(mine));
        assertFalse(Files.exists(dir.resolve("mine.json.bak")));
        assertEquals(Cli.CANNOT_RUN, run("--lang=en", "import", xlsx.toString(), "-o", mine.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--force"), err.toString(StandardCharsets.UTF_8));

        assertEquals(Cli.OK, run("import", "--force", xlsx.toString(), "-o", mine.toString()));
        assertEquals(savedAs20("reference-2022"), Files.readString(mine));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("mine.json.bak")), "the replaced file is kept");
        assertEquals(Cli.OK, run("import", xlsx.toString(), "-o", mine.toString(), "--force"), "in any position");

        // An exported workbook is only a copy of the form: exporting again over it is the normal case.
        assertEquals(Cli.OK, run("export", ReferenceForms.path("reference-2021").toString(), "-o", xlsx.toString()));
    }

    @Test
    void aFormWithErrorsIsExportedButExitsWithOne(@TempDir Path dir) throws Exception {
        String broken = Files.readString(ReferenceForms.path("reference-2021"))
                .replace("\"weight\" : 15,", "\"weight\" : 25,");
        Path json = Files.writeString(dir.resolve("broken.json"), broken);
        Path xlsx = dir.resolve("broken.xlsx");
        assertEquals(Cli.FORM_HAS_ERRORS, run("export", json.toString(), "-o", xlsx.toString()));
        assertTrue(Files.exists(xlsx));
        assertEquals(Cli.FORM_HAS_ERRORS, run("import", xlsx.toString(), "-o", dir.resolve("b.json").toString()));
    }

    @Test
    void usageListsTheNewCommandsInBothLanguages() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("export FORM.json -o OUT.xlsx"));
        assertEquals(Cli.OK, run("--help", "--lang=en"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("import IN.xlsx -o FORM.json"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--force"));
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--force"));
    }

    /** The reference form (a 1.0 file) as this version saves it: 2.0, with its edition's rules. */
    private static String savedAs20(String name) throws Exception {
        org.selfeval.io.FormFiles files = new org.selfeval.io.FormFiles();
        org.selfeval.io.FormMapper mapper = new org.selfeval.io.FormMapper(
                org.selfeval.scoring.ProfileCatalog.builtIn());
        byte[] bytes = files.toBytes(mapper.toDocument(mapper.toModel(files.read(ReferenceForms.path(name)))));
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
