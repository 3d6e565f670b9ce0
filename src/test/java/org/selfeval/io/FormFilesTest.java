package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.Fixtures;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

class FormFilesTest {

    private final FormFiles files = new FormFiles();
    private final FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.FORM_2021, Fixtures.FORM_2022})
    void aReferenceForm10IsSavedAs20WithItsEditionsRulesAndThenRoundTripsByteForByte(String resource)
            throws IOException {
        FormModel old = mapper.toModel(files.read(Fixtures.bytes(resource)));
        byte[] migrated = files.toBytes(mapper.toDocument(old));
        String text = new String(migrated, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\" : \"2.0\""), text);
        assertTrue(text.contains("\"rules\" : {"), text);
        FormDocument reread = files.read(migrated);
        assertEquals(ProfileCatalog.builtIn().defaultProfile(), reread.rules());
        FormModel form = mapper.toModel(reread);
        assertEquals(old.getTotal(), form.getTotal());
        assertArrayEquals(migrated, files.toBytes(mapper.toDocument(form)),
                () -> new String(files.toBytes(mapper.toDocument(form)), StandardCharsets.UTF_8));
    }

    @Test
    void amountsKeepEveryDigitAndNoBinaryFloatingPoint() throws IOException {
        String json = new String(Fixtures.bytes(Fixtures.FORM_2022), StandardCharsets.UTF_8)
                .replace("69.655900", "69.12345678901234567890");
        FormDocument doc = files.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(new BigDecimal("69.12345678901234567890"), doc.funds().total().executed());
        assertTrue(new String(files.toBytes(doc), StandardCharsets.UTF_8).contains("69.12345678901234567890"));
    }

    @Test
    void ignoresFieldsAddedByANewerMinorVersion() throws IOException {
        String json = new String(Fixtures.bytes(Fixtures.FORM_2021), StandardCharsets.UTF_8)
                .replace("\"version\" : \"1.0\"", "\"version\" : \"1.7\", \"signature\" : {\"by\" : \"x\"}")
                .replace("\"reason\" : \"\"", "\"reason\" : \"\", \"attachments\" : [1, 2]");
        FormDocument doc = files.read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(18, doc.indicators().size());
    }

    @Test
    void refusesAFileOfANewerMajorVersionWithAClearMessage() {
        String json = new String(Fixtures.bytes(Fixtures.FORM_2021), StandardCharsets.UTF_8)
                .replace("\"version\" : \"1.0\"", "\"version\" : \"3.0\"");
        FormReadException e = assertThrows(FormReadException.class,
                () -> files.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("io.error.newerVersion", e.messageKey());
        assertTrue(e.describe(Messages.chinese()).contains("3.0"), e.describe(Messages.chinese()));
    }

    @Test
    void refusesNumbersWrittenAsText() {
        String json = new String(Fixtures.bytes(Fixtures.FORM_2021), StandardCharsets.UTF_8)
                .replace("\"annualBudget\" : 351.590000,", "\"annualBudget\" : \"351.59\",");
        FormReadException e = assertThrows(FormReadException.class,
                () -> files.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("io.error.shape", e.messageKey());
        String message = e.describe(Messages.chinese());
        assertTrue(message.contains("annualBudget") && message.contains("第 17 行"), message);
    }

    @Test
    void reportsTheLineAndColumnOfBrokenJson() {
        byte[] broken = "{\n  \"format\" : \"selfeval.form\",\n  \"version\" : \"1.0\",\n  \"header\" : {,\n}"
                .getBytes(StandardCharsets.UTF_8);
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(broken));
        assertEquals("io.error.notJson", e.messageKey());
        assertTrue(e.describe(Messages.chinese()).contains("第 4 行"), e.describe(Messages.chinese()));
    }

    @Test
    void refusesWhatIsNotOurs() {
        assertEquals("io.error.notSelfEval", assertThrows(FormReadException.class,
                () -> files.read("[1, 2]".getBytes(StandardCharsets.UTF_8))).messageKey());
        assertEquals("io.error.notSelfEval", assertThrows(FormReadException.class,
                () -> files.read("{\"a\": 1}".getBytes(StandardCharsets.UTF_8))).messageKey());
        assertEquals("io.error.notUtf8", assertThrows(FormReadException.class,
                () -> files.read(new byte[] {(byte) 0xC4, (byte) 0xE3, '{'})).messageKey());
    }

    @Test
    void savingKeepsThePreviousVersionAsABackupAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("表单.json");
        FormDocument first = Fixtures.document(Fixtures.FORM_2021);
        FormDocument second = Fixtures.document(Fixtures.FORM_2022);
        files.write(file, first);
        files.write(file, second);
        assertEquals(2021, files.read(dir.resolve("表单.json.bak")).header().year());
        assertEquals(2022, files.read(file).header().year());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "only the file and its backup remain");
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("form.json");
        files.write(file, Fixtures.document(Fixtures.FORM_2021));
        byte[] before = Files.readAllBytes(file);
        Path missingFolder = dir.resolve("gone").resolve("form.json");
        assertThrows(IOException.class, () -> files.write(missingFolder, Fixtures.document(Fixtures.FORM_2022)));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(missingFolder));
    }
    @Test
    void whatTheEditorHoldsAlwaysSavesIntoAFileThatOpens(@TempDir Path dir) throws IOException {
        FormModel form = Fixtures.model(Fixtures.FORM_2022);
        form.indicators().get(0).nameProperty().set("粘贴\u0001来的\u0007文字\uD800");
        Path file = dir.resolve("form.json");
        files.write(file, mapper.toDocument(form));
        assertEquals("粘贴来的文字", files.read(file).indicators().get(0).name());
    }

    @Test
    void aTextLongerThanACellIsRefusedAtSavingNotAtOpening(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("form.json");
        files.write(file, Fixtures.document(Fixtures.FORM_2022));
        byte[] before = Files.readAllBytes(file);
        FormModel form = Fixtures.model(Fixtures.FORM_2022);
        form.expectedGoalProperty().set("长".repeat(FormFiles.MAX_STRING_LENGTH + 1));
        FormWriteException e = assertThrows(FormWriteException.class,
                () -> files.write(file, mapper.toDocument(form)));
        assertEquals("io.save.notSavable", e.messageKey());
        assertTrue(e.describe(Messages.chinese()).contains("goals.expected"), e.describe(Messages.chinese()));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
