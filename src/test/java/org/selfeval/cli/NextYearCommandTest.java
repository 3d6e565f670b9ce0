package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Fixtures;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;

class NextYearCommandTest {

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private String stdout() {
        return cli.stdout();
    }

    private String stderr() {
        return cli.stderr();
    }

    @Test
    void theReference2022GivesA2023FormThatCheckFindsUnfinishedNotBroken(@TempDir Path dir) throws Exception {
        Path form = Files.write(dir.resolve("2022.json"), Fixtures.bytes(Fixtures.FORM_2022));
        Path next = dir.resolve("2023.json");
        assertTrue(Cli.isCommand(new String[] {"next-year", "x.json"}));

        assertEquals(Cli.OK, run("next-year", form.toString(), "-o", next.toString()), stderr());
        assertTrue(stdout().startsWith(Messages.chinese().get("cli.nextYear.done", next)), stdout());
        assertTrue(stdout().contains("2022 → 2023") && stdout().contains("已清空"), stdout());
        FormDocument was = new FormFiles().read(form);
        FormDocument doc = new FormFiles().read(next);
        assertEquals(2023, doc.header().year());
        assertEquals(was.indicators().size(), doc.indicators().size());
        for (int i = 0; i < doc.indicators().size(); i++) {
            assertEquals(was.indicators().get(i).name(), doc.indicators().get(i).name());
            assertEquals(was.indicators().get(i).target(), doc.indicators().get(i).target());
            assertEquals("", doc.indicators().get(i).actual());
        }

        // check: the program made a sound form. Warnings for every empty actual; the one error is the cleared
        // budget, which the officer fills in next year — an error about the form, not a failure of the program.
        int code = run("check", "--json", next.toString());
        assertEquals("", stderr());
        assertEquals(Cli.FORM_HAS_ERRORS, code);
        JsonNode json = new ObjectMapper().readTree(stdout());
        long warnings = 0;
        for (JsonNode p : json.get("problems")) {
            if (p.get("severity").asText().equals("error")) {
                assertTrue(p.get("where").asText().startsWith("项目资金"), p.toString());
            } else if (p.get("message").asText().equals(Messages.chinese().get("check.indicator.noActual"))) {
                warnings++;
            }
        }
        assertEquals(doc.indicators().size(), warnings);
        assertEquals("0.00", json.get("total").asText());
    }

    @Test
    void anExistingFormIsNotOverwrittenUnlessForced(@TempDir Path dir) throws Exception {
        Path form = Files.write(dir.resolve("2022.json"), Fixtures.bytes(Fixtures.FORM_2022));
        Path next = Files.writeString(dir.resolve("2023.json"), "typed for days");

        assertEquals(Cli.CANNOT_RUN, run("next-year", form.toString(), "-o", next.toString()));
        assertEquals(Messages.chinese().get("cli.nextYear.exists", next), stderr().strip());
        assertEquals("typed for days", Files.readString(next));

        assertEquals(Cli.OK, run("next-year", form.toString(), "-o", next.toString(), "--force"), stderr());
        assertEquals(2023, new FormFiles().read(next).header().year());
        assertEquals("typed for days", Files.readString(dir.resolve("2023.json.bak")));
    }

    @Test
    void wrongArgumentsAndUnreadableFormsExitWithTwo(@TempDir Path dir) throws Exception {
        assertEquals(Cli.CANNOT_RUN, run("next-year", "a.json"));
        assertTrue(stderr().contains("next-year FORM.json -o NEXT.json"), stderr());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\" : ");
        Path target = dir.resolve("next.json");
        assertEquals(Cli.CANNOT_RUN, run("next-year", broken.toString(), "-o", target.toString()));
        assertEquals(1, stderr().strip().lines().count(), stderr());
        assertTrue(Files.notExists(target));
    }
}
