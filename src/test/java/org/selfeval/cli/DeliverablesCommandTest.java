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
import org.selfeval.layout.ReferenceForms;

/** {@code export … -o X.pdf} and {@code report … -o X.docx}: chosen by extension, refusals in one line. */
class DeliverablesCommandTest {

    private final CapturedCli cli = new CapturedCli();
    private final ByteArrayOutputStream out = cli.out;
    private final ByteArrayOutputStream err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void exportWritesAPdfWhenTheTargetSaysPdfAndAWorkbookWhenItSaysXlsx(@TempDir Path dir) throws Exception {
        String form = ReferenceForms.path("reference-2021").toString();
        Path pdf = dir.resolve("form.PDF");
        assertEquals(Cli.OK, run("export", form, "-o", pdf.toString()), stderr());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));
        Path xlsx = dir.resolve("form.xlsx");
        assertEquals(Cli.OK, run("export", form, "-o", xlsx.toString()), stderr());
        assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII));
        assertEquals("", stderr(), "no font warnings on the command line");
    }

    @Test
    void anUnknownExtensionIsRefusedInOneLineAndNothingIsWritten(@TempDir Path dir) {
        Path odd = dir.resolve("form.odt");
        assertEquals(Cli.CANNOT_RUN, run("export", ReferenceForms.path("reference-2021").toString(), "-o",
                odd.toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains(".pdf") && stderr().contains(".xlsx") && stderr().contains(odd.toString()));
        assertFalse(Files.exists(odd));
        assertEquals(Cli.CANNOT_RUN, run("--lang=en", "report", ReferenceForms.path("reference-2021").toString(), "-o",
                dir.resolve("r.pdf").toString()));
        assertTrue(stderr().contains(".docx") && stderr().startsWith("Cannot write"), stderr());
    }

    @Test
    void reportWritesTheDraftReport(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("report.docx");
        assertEquals(Cli.OK, run("report", ReferenceForms.path("reference-2022").toString(), "-o", docx.toString()),
                stderr());
        assertTrue(Files.size(docx) > 0);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(docx.toString()));
    }

    @Test
    void aTargetThatCannotBeWrittenIsOnePlainLine(@TempDir Path dir) throws Exception {
        String form = ReferenceForms.path("reference-2021").toString();
        Path folder = Files.createDirectory(dir.resolve("taken.pdf"));
        assertEquals(Cli.CANNOT_RUN, run("export", form, "-o", folder.toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains(folder.toString()), stderr());
        Path nowhere = dir.resolve("missing").resolve("r.docx");
        assertEquals(Cli.CANNOT_RUN, run("report", form, "-o", nowhere.toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains(nowhere.getParent().toString()), stderr());
    }
}
