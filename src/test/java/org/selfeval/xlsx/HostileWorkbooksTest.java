package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.ProfileCatalog;

/**
 * Workbooks inside POI's zip limits that would hang or exhaust the program, and flaws POI would take silently:
 * each is refused before POI builds it, in one plain line naming the file and the limit, or imported with a note.
 */
class HostileWorkbooksTest {

    private final Messages chinese = Messages.chinese();
    private final Messages english = Messages.forLocale(java.util.Locale.ENGLISH);
    private final XlsxImport importer = new XlsxImport(ProfileCatalog.builtIn(), chinese);

    @Test
    void eachHostileWorkbookIsRefusedInOneLineNamingTheFileAndTheLimit(@TempDir Path dir) throws Exception {
        Map<Path, String> made = HostileWorkbooks.refused(dir);
        for (Map.Entry<Path, String> e : made.entrySet()) {
            Path file = e.getKey();
            byte[] before = Files.readAllBytes(file);
            XlsxReadException refused = assertThrows(XlsxReadException.class, () -> importer.read(file),
                    file.toString());
            assertEquals(e.getValue(), refused.messageKey(), file + ": " + refused.describe(chinese));
            for (Messages language : List.of(chinese, english)) {
                String line = refused.describe(language);
                assertTrue(line.contains(file.toString()), line);
                assertFalse(line.contains("\n") || line.contains("Phrase") || line.contains("xlsx.")
                        || line.contains("Exception"), line);
            }
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), file + " unchanged");
        }
    }

    @Test
    void theLimitIsSaidInPlainWords(@TempDir Path dir) throws Exception {
        byte[] form = BadWorkbooks.referenceForm();
        assertEquals("表格超出限制：合并单元格超过 40000 处，不像是绩效自评表，已拒绝导入：" + dir.resolve("m.xlsx"),
                refusal(HostileWorkbooks.write(dir, "m.xlsx", HostileWorkbooks.merges(form, 40_001))));
        assertTrue(refusal(HostileWorkbooks.write(dir, "f.xlsx", HostileWorkbooks.longFormatCode(form, 256)))
                .startsWith("表格超出限制：数字格式代码超过 255 个字符"));
        assertTrue(refusal(HostileWorkbooks.write(dir, "s.xlsx", HostileWorkbooks.sheets(form, 201)))
                .startsWith("表格超出限制：工作表超过 200 个"));
        assertTrue(refusal(HostileWorkbooks.write(dir, "b.xlsb", HostileWorkbooks.xlsb())).startsWith("这是 Excel 二进制工作簿（.xlsb），不能导入"));
    }

    @Test
    void justInsideTheLimitsAWorkbookImports(@TempDir Path dir) throws Exception {
        byte[] form = BadWorkbooks.referenceForm();
        byte[] edge = HostileWorkbooks.merges(form, WorkbookLimits.MAX_MERGES - 100);
        edge = HostileWorkbooks.longFormatCode(edge, WorkbookLimits.MAX_FORMAT_CODE);
        edge = HostileWorkbooks.styles(edge, WorkbookLimits.MAX_STYLES - 100);
        edge = HostileWorkbooks.customProperties(edge, 900 * 1024);
        ImportResult result = importer.read(HostileWorkbooks.write(dir, "edge.xlsx", edge));
        assertEquals("2021年北京科技协作中心新兴领域融合科技协同创新促进工作", result.document().header().projectName());
    }

    @Test
    void aHiddenSheetWithTheFormsNameIsNotedAndSkipped(@TempDir Path dir) throws Exception {
        byte[] form = HostileWorkbooks.hiddenForm(BadWorkbooks.referenceForm(), "看得见的项目");
        ImportResult result = importer.read(HostileWorkbooks.write(dir, "hidden.xlsx", form));
        assertEquals("看得见的项目", result.document().header().projectName());
        assertTrue(notes(result).contains("隐藏的工作表“项目支出绩效自评表”未导入（只导入看得见的工作表）。"),
                notes(result).toString());
    }

    @Test
    void aRepeatedRowABadSharedStringAndAnUnreadableCellAreNotes(@TempDir Path dir) throws Exception {
        byte[] form = BadWorkbooks.referenceForm();
        ImportResult repeated = importer.read(HostileWorkbooks.write(dir, "rows.xlsx",
                HostileWorkbooks.repeatedRow(form, 3, "先出现的一行")));
        assertTrue(notes(repeated).contains("第 3 行在文件中出现了不止一次，只导入了最后一次的内容。"),
                notes(repeated).toString());
        ImportResult shared = importer.read(HostileWorkbooks.write(dir, "sst.xlsx",
                HostileWorkbooks.badSharedString(form, "C3")));
        assertEquals("", shared.document().header().projectName());
        assertTrue(notes(shared).contains("C3：单元格引用的文字（编号 99999）在文件中不存在，该格按空白导入。"),
                notes(shared).toString());
        ImportResult unreadable = importer.read(HostileWorkbooks.write(dir, "num.xlsx",
                HostileWorkbooks.unreadableNumber(form, "G14")));
        assertTrue(notes(unreadable).contains("G14：单元格的内容无法读取，该格按空白导入。"), notes(unreadable).toString());
    }

    @Test
    void anAbsurdWeightInAWorkbookIsRefusedInPlainWords(@TempDir Path dir) throws Exception {
        byte[] form = BadWorkbooks.referenceForm();
        byte[] absurd;
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(form))) {
            wb.getSheetAt(0).getRow(13).getCell(6).setCellValue(1e308);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            absurd = out.toByteArray();
        }
        Path file = HostileWorkbooks.write(dir, "weight.xlsx", absurd);
        XlsxReadException e = assertThrows(XlsxReadException.class, () -> importer.read(file));
        String line = e.describe(chinese);
        assertEquals("xlsx.error.content", e.messageKey(), line);
        assertTrue(line.contains(file.toString()) && !line.contains("Phrase") && !line.contains("[L"), line);
    }

    private String refusal(Path file) {
        return assertThrows(XlsxReadException.class, () -> importer.read(file)).describe(chinese);
    }

    private List<String> notes(ImportResult result) {
        return result.notes().stream().map(n -> n.describe(chinese)).toList();
    }
}
