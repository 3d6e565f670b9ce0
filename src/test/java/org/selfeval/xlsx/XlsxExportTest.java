package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.ReferenceForms;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;

/** Reads the exported workbook back with POI and checks what a recipient's Excel would see. */
class XlsxExportTest {

    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void export() throws Exception {
        FormModel form = ReferenceForms.load("reference-2021");
        XlsxExport export = new XlsxExport(Messages.chinese());
        byte[] bytes = export.toBytes(export.snapshot(form));
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        sheet = workbook.getSheet("项目支出绩效自评表");
    }

    private static XSSFCell cell(String ref) {
        CellReference r = new CellReference(ref);
        return sheet.getRow(r.getRow()).getCell(r.getCol());
    }

    private static boolean merged(String range) {
        return sheet.getMergedRegions().stream().anyMatch(m -> m.formatAsString().equals(range));
    }

    @Test
    void sheetHoldsTheFormInTheOfficialGrid() {
        assertEquals(1, workbook.getNumberOfSheets());
        assertEquals("项目支出绩效自评表", cell("A1").getStringCellValue());
        assertEquals("（2021年度）", cell("A2").getStringCellValue());
        assertTrue(merged("A1:J1"));
        assertTrue(merged("A3:B3") && merged("C3:J3"), "项目名称 A–B, value C–J");
        assertTrue(merged("C4:E4") && merged("F4:G4") && merged("H4:J4"));
        assertEquals("项目负责人", cell("A5").getStringCellValue());
        assertTrue(merged("A6:B10"), "项目资金 label down five rows");
        assertEquals("年度资金总额", cell("C7").getStringCellValue());
        assertEquals("-", cell("G8").getStringCellValue());
        assertTrue(merged("A11:A12"), "年度总体目标 label down two rows");
        assertTrue(merged("B12:E12") && merged("F12:J12"));
        assertEquals("绩效指标", cell("A13").getStringCellValue());
        // Merged down the header and 18 rows, and 产出指标 down its 15, each cut at the page break (no merge
        // crosses one: a spreadsheet would print its text on one side only), the rest merged on the next page.
        int pageEnd = workbook.getSheetAt(0).getRowBreaks()[0] + 1;
        assertTrue(pageEnd > 14 && pageEnd < 28, "the first page ends inside 产出指标: row " + pageEnd);
        int nextEnd = workbook.getSheetAt(0).getRowBreaks()[1] + 1;
        assertTrue(merged("A13:A" + pageEnd) && merged("A" + (pageEnd + 1) + ":A" + nextEnd),
                "绩效指标 label over the header and 18 rows");
        assertEquals((short) 0xFF, cell("A13").getCellStyle().getRotation(), "stacked vertical text");
        assertTrue(merged("B14:B" + pageEnd) && merged("B" + (pageEnd + 1) + ":B28"), "产出指标 down its 15 rows");
        assertEquals("产出指标", cell("B" + (pageEnd + 1)).getStringCellValue(), "repeated on the next page");
        assertTrue(merged("D26:D28"), "项目预算控制数 over the two rows without a name");
        assertEquals("总分", cell("A32").getStringCellValue());
        assertTrue(merged("A32:F32"));
    }

    @Test
    void figuresAreNumbersInTheirFormatsAndDerivedOnesAreFormulasWithCachedValues() {
        assertEquals(CellType.NUMERIC, cell("D7").getCellType());
        assertEquals(380.0, cell("D7").getNumericCellValue());
        assertEquals("0.000000", cell("D7").getCellStyle().getDataFormatString());
        assertEquals("F7/E7", cell("H7").getCellFormula());
        assertEquals(225.938 / 351.59, cell("H7").getNumericCellValue(), 1e-9);
        assertEquals("0.00%", cell("H7").getCellStyle().getDataFormatString());
        assertEquals("ROUND(MIN(G7,G7*MAX(0,F7)/E7),2)", cell("I7").getCellFormula());
        assertEquals(6.43, cell("I7").getNumericCellValue(), 1e-9);
        assertEquals("SUM(I7,H14:H31)", cell("H32").getCellFormula());
        assertEquals(95.43, cell("H32").getNumericCellValue(), 1e-9);
        assertEquals(100.0, cell("G32").getNumericCellValue(), 1e-9);
        assertEquals(4.0, cell("H24").getNumericCellValue(), "the typed score of 课题验收通过率");
        // The formulas really compute what the cached values say.
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (String ref : List.of("H7", "I7", "H8", "G32", "H32")) {
            double cached = cell(ref).getNumericCellValue();
            assertEquals(cached, evaluator.evaluate(cell(ref)).getNumberValue(), 1e-9, ref);
        }
    }

    @Test
    void songFontBoldTitleBordersAndAlignment() {
        var body = cell("C3").getCellStyle().getFont();
        assertEquals("宋体", body.getFontName());
        assertEquals(134, body.getCharSet(), "GB2312");
        assertFalse(body.getBold());
        var title = cell("A1").getCellStyle().getFont();
        assertTrue(title.getBold());
        assertEquals("宋体", title.getFontName());
        assertEquals(HorizontalAlignment.CENTER, cell("A3").getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.LEFT, cell("B12").getCellStyle().getAlignment());
        assertTrue(cell("B12").getCellStyle().getWrapText());
        for (String ref : List.of("A3", "J3", "B10", "J31", "D28", "F32")) {
            var style = cell(ref).getCellStyle();
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, style.getBorderBottom(), ref);
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, style.getBorderRight(), ref);
        }
    }

    @Test
    void theVerticalLabelsStandAtTheTopOfTheirBlockSoThatAPageBreakCannotHideThem() {
        List<String> labels = new java.util.ArrayList<>();
        for (var row : sheet) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getCellStyle().getRotation() == 255) {
                labels.add(first.getStringCellValue());
                assertEquals(org.apache.poi.ss.usermodel.VerticalAlignment.TOP,
                        first.getCellStyle().getVerticalAlignment(), first.getStringCellValue());
            }
        }
        assertEquals(List.of("年度总体目标", "绩效指标"), labels);
    }

    @Test
    void printsOnA4PortraitOnePageWideWithPageNumbersAndRepeatedHeader() {
        var ps = sheet.getPrintSetup();
        assertEquals(PaperSize.A4_PAPER.ordinal() + 1, ps.getPaperSize());
        assertFalse(ps.getLandscape());
        assertTrue(sheet.getFitToPage());
        assertEquals(1, ps.getFitWidth());
        assertEquals(0, ps.getFitHeight());
        assertEquals(0.5, sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT));
        assertTrue(sheet.getFooter().getCenter().contains("&P") && sheet.getFooter().getCenter().contains("&N"));
        assertEquals(CellRangeAddress.valueOf("13:13").formatAsString(), sheet.getRepeatingRows().formatAsString());
        assertEquals("项目支出绩效自评表!$A$1:$J$32", workbook.getPrintArea(0).replace("'", ""));
    }

    @Test
    void rowHeightsFollowThePlan() {
        float goalRow = sheet.getRow(11).getHeightInPoints();
        float plainRow = sheet.getRow(2).getHeightInPoints();
        assertTrue(goalRow > 4 * plainRow, "the goals row grows to its text: " + goalRow);
        assertTrue(sheet.getRow(24).getHeightInPoints() > sheet.getRow(15).getHeightInPoints(),
                "工作完成时间 is taller than 组织召开项目论证会");
    }

    @Test
    void documentPropertiesNameTheFormAndItsUnit() {
        var core = workbook.getProperties().getCoreProperties();
        assertEquals("2021年北京科技协作中心新兴领域融合科技协同创新促进工作绩效自评表", core.getTitle());
        assertEquals("北京科技协作中心", core.getCreator());
    }

    @Test
    void textThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
        FormModel form = ReferenceForms.load("reference-2022");
        IndicatorRow row = form.indicators().get(0);
        row.nameProperty().set("=1+1");
        row.reasonProperty().set("@SUM(A1)");
        form.projectNameProperty().set("-项目/甲:乙");
        XlsxExport export = new XlsxExport(Messages.chinese());
        Path file = dir.resolve(export.suggestedFileName(form));
        assertEquals("2022年度-项目_甲_乙绩效自评表.xlsx", file.getFileName().toString());
        form.projectNameProperty().set("2022年新兴领域项目");
        assertEquals("2022年新兴领域项目绩效自评表.xlsx", export.suggestedFileName(form), "the year is not said twice");
        form.projectNameProperty().set("-项目/甲:乙");
        export.write(form, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet s = wb.getSheetAt(0);
            var name = s.getRow(13).getCell(3);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("=1+1", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
            assertEquals("@SUM(A1)", s.getRow(13).getCell(8).getStringCellValue());
            assertTrue(s.getRow(2).getCell(2).getCellStyle().getQuotePrefixed());
            assertFalse(s.getRow(13).getCell(4).getCellStyle().getQuotePrefixed(), "≥3个 is plain text");
        }
    }
}
