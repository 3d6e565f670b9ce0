package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Every damaged file of the corpus in {@code src/test/resources/bad} is refused with the expected plain
 * message and nothing else escapes; every odd but valid file in {@code odd} opens. The huge files are made
 * here at run time rather than kept in the repository.
 */
class BadFilesTest {

    /** Keys of syntax-level failures, whose message must point at a line and column. */
    private static final Set<String> POSITIONED = Set.of("io.error.notJson", "io.error.truncated",
            "io.error.duplicateField", "io.error.nonNumeric", "io.error.limit", "io.error.shape");
    private static final Pattern LINE_COLUMN = Pattern.compile(".*第 [1-9]\\d* 行第 [1-9]\\d* 列.*");

    private final FormFiles files = new FormFiles();
    private final FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
    private final Messages chinese = Messages.chinese();

    static Path folder(String name) throws URISyntaxException {
        return Path.of(BadFilesTest.class.getResource("/" + name).toURI());
    }

    static Properties expectedKeys() throws IOException, URISyntaxException {
        Properties expected = new Properties();
        try (InputStream in = Files.newInputStream(folder("bad").resolve("expected.properties"))) {
            expected.load(in);
        }
        return expected;
    }

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        return corpus("bad");
    }

    static Stream<Path> oddFiles() throws IOException, URISyntaxException {
        return corpus("odd");
    }

    private static Stream<Path> corpus(String name) throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(folder(name))) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusIsLargeAndEveryFileHasItsExpectedMessage() throws Exception {
        Set<String> names = badFiles().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.size() >= 50, "corpus has " + names.size() + " files");
        assertEquals(names, new TreeSet<>(expectedKeys().stringPropertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithAPlainMessage(Path file) throws Exception {
        String expected = expectedKeys().getProperty(file.getFileName().toString());
        FormReadException e = assertThrows(FormReadException.class, () -> mapper.open(files.read(file)));
        assertEquals(expected, e.messageKey(), () -> e.describe(chinese));
        assertPlainChinese(e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddFiles")
    void anOddButValidFileOpensAndSavesAgain(Path file) throws Exception {
        FormModel form = mapper.open(files.read(file));
        FormDocument again = files.read(files.toBytes(mapper.toDocument(form)));
        assertEquals(mapper.toDocument(form), mapper.toDocument(mapper.open(again)));
    }

    @Test
    void unknownFieldsOfANewerMinorVersionAreIgnored() throws Exception {
        FormModel form = mapper.open(files.read(folder("odd").resolve("newer-minor-unknown-fields.json")));
        assertEquals("服务人次", form.indicators().get(0).getName());
        assertEquals(2, form.indicators().size());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        FormModel form = mapper.open(files.read(folder("odd").resolve("utf8-bom.json")));
        assertEquals("张三", form.projectLeaderProperty().get());
    }

    @Test
    void aFileCutOffInTheMiddleOfACharacterIsReportedAsIncompleteNotAsAnotherEncoding() throws Exception {
        byte[] whole = org.selfeval.Fixtures.bytes(org.selfeval.Fixtures.FORM_2022);
        int middle = whole.length / 2;
        while ((whole[middle] & 0xF0) != 0xE0) {
            middle++; // the first byte of a Chinese character (three bytes in UTF-8)
        }
        for (int kept = 1; kept <= 2; kept++) {
            byte[] cut = java.util.Arrays.copyOf(whole, middle + kept);
            FormReadException e = assertThrows(FormReadException.class, () -> files.read(cut));
            assertEquals("io.error.truncated", e.messageKey(), "cut after " + kept + " of its 3 bytes");
        }
        byte[] broken = whole.clone();
        broken[middle + 1] = 'x'; // a bad byte inside the file is still not UTF-8
        assertEquals("io.error.notUtf8",
                assertThrows(FormReadException.class, () -> files.read(broken)).messageKey());
    }

    @Test
    void aWorkbookIsNamedAndTheImportIsPointedTo(@TempDir Path dir) throws Exception {
        Path workbook = Files.copy(folder("bad").resolve("xlsx-workbook.json"), dir.resolve("out.xlsx"));
        FormReadException e = assertThrows(FormReadException.class, () -> files.read(workbook));
        assertEquals("io.error.workbook", e.messageKey());
        String text = e.describe(chinese);
        assertTrue(text.contains("Excel 工作簿") && text.contains(workbook.toString()) && text.contains("导入 Excel"),
                text);
        String english = e.describe(Messages.forLocale(java.util.Locale.ENGLISH));
        assertTrue(english.contains("Excel workbook") && english.contains(workbook.toString()), english);
        // Recognised before the size limit: a workbook with pictures is no "file too large to be a form".
        Path big = dir.resolve("big.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(big))) {
            zip.setLevel(0);
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/media/image1.png"));
            zip.write(new byte[(int) FormFiles.MAX_FILE_BYTES + 1]);
        }
        assertEquals("io.error.workbook", assertThrows(FormReadException.class, () -> files.read(big)).messageKey());
        // Cut off, its directory is gone and what it holds unknown: only "not text" is certain.
        byte[] whole = Files.readAllBytes(workbook);
        Path half = Files.write(dir.resolve("half.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals("io.error.notUtf8", assertThrows(FormReadException.class, () -> files.read(half)).messageKey());
    }

    @Test
    void aTenMillionCharacterStringIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long-string.json");
        Files.writeString(file, HugeForms.withGoalText('a', 10_000_000));
        FormReadException e = assertThrows(FormReadException.class, () -> mapper.open(files.read(file)));
        assertEquals("io.error.tooLarge", e.messageKey());
        assertPlainChinese(e);
        // The same string inside the byte limit is caught by the string limit, at its position.
        String json = HugeForms.withGoalText('长', 2_000_000);
        FormReadException limit = assertThrows(FormReadException.class,
                () -> files.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("io.error.limit", limit.messageKey());
        assertPlainChinese(limit);
        // Reported where the string begins (its opening quote), whatever the parser had read before.
        String before = json.substring(0, json.indexOf("长"));
        String line = String.valueOf(before.split("\n", -1).length);
        String column = String.valueOf(before.length() - before.lastIndexOf('\n') - 1);
        assertEquals(List.of(line, column), List.of(limit.args()[0], limit.args()[1]));
        FormReadException again = assertThrows(FormReadException.class,
                () -> files.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(limit.args()[0], limit.args()[1]), List.of(again.args()[0], again.args()[1]));
    }

    @Test
    void aTextOfOneExcelCellOpensAndOneCharacterMoreIsRefused() throws Exception {
        String fits = HugeForms.withGoalText('长', FormFiles.MAX_STRING_LENGTH);
        FormModel form = mapper.open(files.read(fits.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FormFiles.MAX_STRING_LENGTH, form.expectedGoalProperty().get().length());
        String over = fits.replace("长\"", "长长\"");
        FormReadException e = assertThrows(FormReadException.class,
                () -> files.read(over.getBytes(StandardCharsets.UTF_8)));
        assertTrue(Set.of("io.error.limit", "io.error.textTooLong").contains(e.messageKey()), e.messageKey());
        assertPlainChinese(e);
    }

    @Test
    void aHundredThousandIndicatorsAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("many.json");
        Files.writeString(file, HugeForms.withIndicators(100_000));
        FormReadException e = assertThrows(FormReadException.class, () -> mapper.open(files.read(file)));
        assertEquals("io.error.tooMany", e.messageKey());
        assertTrue(e.describe(chinese).contains("100,000") || e.describe(chinese).contains("100000"),
                e.describe(chinese));
        assertPlainChinese(e);
    }

    @Test
    void theMostIndicatorsAllowedOpenAndOneMoreIsRefused() throws Exception {
        byte[] most = HugeForms.withIndicators(FormFiles.MAX_INDICATORS).getBytes(StandardCharsets.UTF_8);
        FormModel form = mapper.open(files.read(most));
        assertEquals(FormFiles.MAX_INDICATORS, form.indicators().size());
        FormReadException e = assertThrows(FormReadException.class,
                () -> files.read(HugeForms.withIndicators(FormFiles.MAX_INDICATORS + 1)
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("io.error.tooMany", e.messageKey());
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        HugeForms.writeHundredMegabytes(file);
        assertTrue(Files.size(file) >= 100L * 1024 * 1024);
        FormReadException e = assertThrows(FormReadException.class, () -> mapper.open(files.read(file)));
        assertEquals("io.error.tooLarge", e.messageKey());
        assertTrue(e.describe(chinese).contains("8 MB") && e.describe(chinese).contains("huge.json"),
                e.describe(chinese));
        assertPlainChinese(e);
    }

    @Test
    void aFolderOrAMissingFileIsRefused(@TempDir Path dir) {
        FormReadException folder = assertThrows(FormReadException.class, () -> files.read(dir));
        assertEquals("io.error.isFolder", folder.messageKey());
        FormReadException missing = assertThrows(FormReadException.class, () -> files.read(dir.resolve("none.json")));
        assertEquals("io.error.notFound", missing.messageKey());
        assertPlainChinese(folder);
        assertPlainChinese(missing);
    }

    private void assertPlainChinese(FormReadException e) {
        String text = e.describe(chinese);
        assertNotNull(text);
        assertFalse(text.contains("io.error"), text);
        assertFalse(text.contains("\n") || text.contains("\r"), text);
        assertFalse(text.contains("Exception"), text);
        assertTrue(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                text);
        assertTrue(text.length() < 400, text);
        if (POSITIONED.contains(e.messageKey())) {
            assertTrue(LINE_COLUMN.matcher(text).matches(), text);
        }
    }
}
