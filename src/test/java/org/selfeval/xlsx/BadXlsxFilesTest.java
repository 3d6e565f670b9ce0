package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Every bad workbook of {@code src/test/resources/bad-xlsx} is refused by {@link XlsxImport} with its expected
 * message key, nothing but {@link XlsxReadException} escapes, and the file is left as it was. The large cases are
 * made here at run time; the XXE case proves that an entity pointing at a local file never leaks its content.
 */
class BadXlsxFilesTest {

    /** Refusals that name what inside the workbook is wrong (a cell, a rule of the form file) instead of it. */
    private static final Set<String> CELL_REFUSALS = Set.of("xlsx.error.cellError", "xlsx.error.textTooLong",
            "xlsx.error.content");

    private final XlsxImport importer = new XlsxImport(ProfileCatalog.builtIn(), Messages.chinese());
    private final Messages chinese = Messages.chinese();

    static Path folder() throws URISyntaxException {
        return Path.of(BadXlsxFilesTest.class.getResource("/bad-xlsx").toURI());
    }

    static Properties expectedKeys() throws IOException, URISyntaxException {
        Properties expected = new Properties();
        try (InputStream in = Files.newInputStream(folder().resolve("expected.properties"))) {
            expected.load(in);
        }
        return expected;
    }

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(folder())) {
            return list.filter(p -> !p.getFileName().toString().endsWith(".properties")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusIsLargeAndEveryFileHasItsExpectedMessage() throws Exception {
        Set<String> names = badFiles().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.size() >= 12, "corpus has " + names.size() + " files");
        assertEquals(names, new TreeSet<>(expectedKeys().stringPropertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadWorkbookIsRefusedWithAPlainMessageAndLeftAsItWas(Path file) throws Exception {
        String expected = expectedKeys().getProperty(file.getFileName().toString());
        byte[] before = Files.readAllBytes(file);
        assertRefused(expected, file);
        assertArrayEquals(before, Files.readAllBytes(file), "the file is only read");
    }

    @Test
    void theGeneratorStillMakesTheCommittedCorpus(@TempDir Path dir) throws Exception {
        Map<String, Path> made = BadWorkbooks.writeSmallCorpus(dir);
        assertEquals(new TreeSet<>(expectedKeys().stringPropertyNames()), new TreeSet<>(made.keySet()));
        Properties expected = expectedKeys();
        for (Map.Entry<String, Path> e : made.entrySet()) {
            assertRefused(expected.getProperty(e.getKey()), e.getValue());
        }
    }

    @Test
    void theLimitsArePoisOwnAndSetDeliberately(@TempDir Path dir) throws Exception {
        assertRefused("xlsx.error.empty", Files.write(dir.resolve("e.xlsx"), new byte[0]));
        assertEquals(0.01, ZipSecureFile.getMinInflateRatio());
        assertEquals(50L * 1024 * 1024, ZipSecureFile.getMaxEntrySize());
        assertEquals(500, ZipSecureFile.getMaxFileCount());
        assertEquals(5_000_000, ZipSecureFile.getMaxTextSize());
    }

    @Test
    void anExternalEntityPointingAtALocalFileNeverLeaksIt(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), BadWorkbooks.SECRET);
        Path file = Files.write(dir.resolve("xxe.xlsx"),
                BadWorkbooks.withExternalEntity(BadWorkbooks.referenceForm(), secret.toUri().toString()));
        XlsxReadException e = assertRefused("xlsx.error.doctype", file);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(BadWorkbooks.SECRET), t.toString());
        }
        // Behind our own scan, POI's parsers refuse the DOCTYPE as well: the content is never read into a cell.
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            String name = wb.getSheetAt(0).getRow(2).getCell(2).getStringCellValue();
            assertFalse(name.contains(BadWorkbooks.SECRET), name);
        } catch (RuntimeException | IOException poiRefused) {
            assertFalse(String.valueOf(poiRefused.getMessage()).contains(BadWorkbooks.SECRET));
        }
    }

    @Test
    void aSheetOfTwoHundredThousandRowsIsRefusedBeforePoiLoadsIt(@TempDir Path dir) throws Exception {
        Path file = BadWorkbooks.hugeSheet(dir.resolve("rows.xlsx"), 200_000, 1);
        assertTrue(Files.size(file) < XlsxImport.MAX_FILE_BYTES, "caught by the row count, not the file size");
        assertRefused("xlsx.error.tooManyRows", file);
    }

    @Test
    void aSheetOfTheMostRowsAllowedImportsAndOneRowMoreIsRefused(@TempDir Path dir) throws Exception {
        // Room for a form file's 10,000 indicator rows (FormFiles.MAX_INDICATORS) exported with the form around them.
        ImportResult most = importer.read(BadWorkbooks.hugeSheet(dir.resolve("most.xlsx"), WorkbookLimits.MAX_ROWS, 1));
        assertEquals(WorkbookLimits.MAX_ROWS - 1, most.notes().stream()
                .filter(n -> n.messageKey().equals("xlsx.note.unplaced")).count(), "every row was read, none cut off");
        assertRefused("xlsx.error.tooManyRows",
                BadWorkbooks.hugeSheet(dir.resolve("more.xlsx"), WorkbookLimits.MAX_ROWS + 1, 1));
    }

    @Test
    void aSheetWithTooManyCellsIsRefused(@TempDir Path dir) throws Exception {
        Path file = BadWorkbooks.hugeSheet(dir.resolve("cells.xlsx"), 10_000, 30);
        assertRefused("xlsx.error.tooManyCells", file);
    }

    @Test
    void aPartLargerThanTheEntryLimitIsRefusedAsABomb(@TempDir Path dir) throws Exception {
        Path file = BadWorkbooks.largeEntry(dir.resolve("large-entry.xlsx"), 60 * 1024 * 1024);
        assertTrue(Files.size(file) < XlsxImport.MAX_FILE_BYTES, "caught by the entry size, not the file size");
        assertTrue(causes(assertRefused("xlsx.error.zipBomb", file)).contains("MAX_ENTRY_SIZE"));
    }

    @Test
    void eachZipBombIsCaughtByTheLimitMeantForIt() throws Exception {
        assertTrue(causes(assertRefused("xlsx.error.zipBomb", folder().resolve("zip-bomb-ratio.xlsx")))
                .contains("MIN_INFLATE_RATIO"));
        // Too many entries is counted from the zip's directory, before POI's own count (MAX_FILE_COUNT) is reached.
        assertTrue(assertRefused("xlsx.error.limit", folder().resolve("zip-many-entries.xlsx")).describe(chinese)
                .contains("文件中的部件超过 500 个"));
    }

    /** POI's own words for why it stopped (never shown to the officer). */
    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = BadWorkbooks.randomBytes(dir.resolve("big.xlsx"), XlsxImport.MAX_FILE_BYTES + 1);
        assertRefused("xlsx.error.tooLarge", file);
    }

    @Test
    void aFolderAndAMissingFileAreRefused(@TempDir Path dir) throws Exception {
        assertRefused("io.error.isFolder", dir);
        assertRefused("io.error.notFound", dir.resolve("none.xlsx"));
    }

    @Test
    void anErrorInADerivedFigureIsNotAGuessAndTheFormImports(@TempDir Path dir) throws Exception {
        // 执行率 (H7) is recomputed from the amounts, so a #DIV/0! there loses nothing.
        Path file = Files.write(dir.resolve("rate.xlsx"), BadWorkbooks.withCellError(BadWorkbooks.referenceForm(),
                "H7", FormulaError.DIV0, "F7/0"));
        ImportResult result = importer.read(file);
        assertEquals(List.of(), result.notes());
        FormDocument.Amounts total = result.document().funds().total();
        assertNotNull(total.executed());
    }

    @Test
    void anErrorInACellNobodyReadsIsNotedNotDropped(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("stray.xlsx"), BadWorkbooks.withCellError(BadWorkbooks.referenceForm(),
                "J40", FormulaError.REF, null));
        List<String> notes = importer.read(file).notes().stream().map(n -> n.describe(chinese)).toList();
        assertEquals(List.of("J40：无法识别的内容，未导入：“#REF!”"), notes);
    }

    @Test
    void theRefusalSaysWhichCellAndWhichError() throws Exception {
        XlsxReadException e = assertRefused("xlsx.error.cellError", folder().resolve("div0-in-weight.xlsx"));
        assertTrue(e.describe(chinese).endsWith("div0-in-weight.xlsx：G14 单元格显示错误值 #DIV/0!（公式无法计算），无法确定其内容。"
                + "请在 Excel 中改正后再导入。"), e.describe(chinese));
        XlsxReadException ref = assertRefused("xlsx.error.cellError", folder().resolve("ref-error-in-score.xlsx"));
        assertTrue(ref.describe(chinese).contains("#REF!"), ref.describe(chinese));
        XlsxReadException text = assertRefused("xlsx.error.textTooLong", folder().resolve("text-too-long.xlsx"));
        assertTrue(text.describe(chinese).endsWith("text-too-long.xlsx：C3 单元格的文字长达 40,000 个字符，超过上限 32,767（一个 Excel 单元格最多能容纳的字符数）。"), text.describe(chinese));
    }

    private XlsxReadException assertRefused(String expectedKey, Path file) {
        XlsxReadException e = assertThrows(XlsxReadException.class, () -> importer.read(file), file::toString);
        assertEquals(expectedKey, e.messageKey(), () -> file.getFileName() + ": " + e.describe(chinese));
        String text = e.describe(chinese);
        assertFalse(text.contains("xlsx.error") || text.contains("io.error"), text);
        assertFalse(text.contains("\n") || text.contains("\r"), text);
        assertFalse(text.contains("Exception") || text.contains("POI"), text);
        assertTrue(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                text);
        assertTrue(text.length() < 400, text);
        String english = e.describe(Messages.forLocale(java.util.Locale.ENGLISH));
        assertFalse(english.equals(text) || english.contains("xlsx.error"), english);
        if (!CELL_REFUSALS.contains(expectedKey)) {
            assertTrue(text.contains(file.toString()) && english.contains(file.toString()),
                    () -> "the refusal names the file: " + text);
        }
        return e;
    }
}
