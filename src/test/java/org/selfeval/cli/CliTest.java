package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.Fixtures;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path copy(Path dir, String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.write(file, Fixtures.bytes(resource));
        return file;
    }

    @ParameterizedTest
    @CsvSource({"/forms/reference-2021.json, 95.43, 64.26, 6.43", "/forms/reference-2022.json, 95.19, 61.91, 6.19"})
    void checkJsonReportsTheTotalAndGrade(String resource, String total, String rate, String executionScore,
                                          @TempDir Path dir) throws IOException {
        assertEquals(Cli.OK, run("check", "--json", copy(dir, resource).toString()), stderr());
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertEquals(total, json.get("total").asText());
        assertEquals("优", json.get("grade").asText());
        assertEquals(rate, json.get("executionRate").asText());
        assertEquals(executionScore, json.get("executionScore").asText());
        assertTrue(json.get("problems").isArray());
        for (JsonNode p : json.get("problems")) {
            assertTrue(p.get("severity").asText().matches("warning|hint"), p.toString());
            assertFalse(p.get("where").asText().isBlank());
            assertFalse(p.get("message").asText().isBlank());
        }
        assertEquals("", stderr());
    }

    @Test
    void checkPrintsTheTotalInWords(@TempDir Path dir) throws IOException {
        assertEquals(Cli.OK, run("check", copy(dir, Fixtures.FORM_2021).toString()));
        assertTrue(stdout().startsWith("总分：95.43（优）"), stdout());
        assertTrue(stdout().contains("执行率：64.26%，得分 6.43"), stdout());
    }

    @Test
    void aFormWithErrorsExitsWithOne(@TempDir Path dir) throws IOException {
        Path file = copy(dir, Fixtures.FORM_2022);
        Files.writeString(file, Files.readString(file).replaceFirst("\"projectName\" : \"[^\"]*\"",
                "\"projectName\" : \"\""));
        assertEquals(Cli.FORM_HAS_ERRORS, run("check", file.toString()));
        assertTrue(stdout().contains("项目名称未填写。"), stdout());
    }

    @Test
    void anUnreadableFileExitsWithTwoAndOnePlainLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\" : \"selfeval.form\", \"version\" : \"1.0\", ");
        assertEquals(Cli.CANNOT_RUN, run("check", file.toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("第 1 行"), stderr());
        assertEquals(Cli.CANNOT_RUN, run("check", dir.resolve("missing.json").toString()));
        assertTrue(stderr().contains("找不到文件"), stderr());
    }

    @Test
    void aWorkbookGivenInsteadOfAFormIsNamedAndTheImportCommandPointedTo(@TempDir Path dir) throws IOException {
        Path workbook = Files.write(dir.resolve("out.xlsx"), Fixtures.bytes("/bad/xlsx-workbook.json"));
        assertEquals(Cli.CANNOT_RUN, run("check", workbook.toString()));
        String line = stderr().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("Excel 工作簿") && line.contains(workbook.toString()) && line.contains("import"),
                line);
        err.reset();
        Path exported = dir.resolve("again.xlsx");
        assertEquals(Cli.CANNOT_RUN, run("export", workbook.toString(), "-o", exported.toString()));
        assertEquals(line, stderr().strip());
        assertFalse(Files.exists(exported));
        err.reset();
        assertEquals(Cli.CANNOT_RUN, run("--lang=en", "check", workbook.toString()));
        assertTrue(stderr().contains("Excel workbook") && stderr().contains(workbook.toString()), stderr());
    }

    @Test
    void wrongArgumentsExitWithTwo() {
        assertEquals(Cli.CANNOT_RUN, run("check"));
        assertEquals(Cli.CANNOT_RUN, run("check", "--frobnicate", "x.json"));
        assertTrue(stderr().contains("--frobnicate"), stderr());
    }

    @Test
    void helpListsTheCommandsInTheChosenLanguage() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(stdout().contains("check [--json] FORM.json"), stdout());
        assertTrue(stdout().contains("退出码"), stdout());
        out.reset();
        assertEquals(Cli.OK, run("--lang=en", "--help"));
        assertTrue(stdout().contains("Exit codes"), stdout());
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAFileForTheEditor() {
        assertTrue(Cli.isCommand(new String[] {"chek", "r.json"}));
        assertTrue(Cli.isCommand(new String[] {"--lang=en", "chek", "r.json"}));
        assertFalse(Cli.isCommand(new String[] {"--lang=en", "form.json"}), "one file still opens in the editor");
        assertEquals(Cli.CANNOT_RUN, run("chek", "r.json"));
        assertEquals("", stdout());
        String[] lines = stderr().split("\\R");
        assertEquals("未知的命令：chek", lines[0]);
        assertTrue(stderr().contains("selfeval check [--json] FORM.json"), stderr());
        err.reset();
        assertEquals(Cli.CANNOT_RUN, run("--lang=en", "exprot", "a.json", "-o", "a.xlsx"));
        assertEquals("Unknown command: exprot", stderr().split("\\R")[0]);
        assertTrue(stderr().contains("Exit codes"), stderr());
    }

    @Test
    void onlyKnownCommandsBypassTheEditor() {
        assertTrue(Cli.isCommand(new String[] {"check", "x.json"}));
        assertTrue(Cli.isCommand(new String[] {"--lang=en", "--help"}));
        assertFalse(Cli.isCommand(new String[] {}));
        assertFalse(Cli.isCommand(new String[] {"form.json"}));
    }
}
