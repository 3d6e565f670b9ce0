package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.layout.LayoutPlanner;
import org.selfeval.layout.LongTexts;
import org.selfeval.layout.Slot;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;

/** Long texts continue over rows and pages in the sheet, and come back whole when the sheet is imported. */
class XlsxLongTextTest {

    private static final Messages ZH = Messages.chinese();

    @ParameterizedTest
    @ValueSource(strings = {"goalsAndReason", "hugeGoal"})
    void rowsStayWithinWhatExcelAllowsAndImportGivesBackTheSameForm(String which, @TempDir Path dir)
            throws Exception {
        Callable<FormModel> make = which.equals("hugeGoal") ? LongTexts::hugeGoal : LongTexts::longGoalsAndReason;
        FormModel form = make.call();
        Path xlsx = dir.resolve(which + ".xlsx");
        new XlsxExport(ZH).write(form, xlsx);
        FormLayout plan = new LayoutPlanner(ZH).plan(form);

        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                float h = sheet.getRow(r).getHeightInPoints();
                assertTrue(h > 0 && h <= 409, "row " + (r + 1) + " is " + h + " pt");
            }
            int[] breaks = plan.pages().stream().skip(1).mapToInt(p -> p.firstRow() - 1).toArray();
            assertArrayEquals(breaks, sheet.getRowBreaks(), "the sheet breaks its pages where the plan does");
            // A continued piece has no border above it within a page: the rows read as one cell.
            LayoutCell piece = plan.cells(Slot.EXPECTED_GOAL).stream().filter(LayoutCell::joinsAbove).findFirst()
                    .orElseThrow();
            XSSFRow row = sheet.getRow(piece.row());
            assertEquals(BorderStyle.NONE, row.getCell(piece.col()).getCellStyle().getBorderTop());
            assertEquals(BorderStyle.THIN, row.getCell(piece.col()).getCellStyle().getBorderLeft());
            assertTrue(IntStream.rangeClosed(0, sheet.getLastRowNum())
                    .allMatch(r -> sheet.getRow(r).getCell(1) == null
                            || sheet.getRow(r).getCell(1).getStringCellValue().length() <= 32_767));
        }

        ImportResult result = new XlsxImport(ProfileCatalog.builtIn(), ZH).read(xlsx);
        assertEquals(List.of(), result.notes().stream().map(n -> n.describe(ZH)).toList());
        String expected = new String(new FormFiles().toBytes(new FormMapper(ProfileCatalog.builtIn())
                .toDocument(form)), java.nio.charset.StandardCharsets.UTF_8);
        String back = new String(new FormFiles().toBytes(result.document()), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(expected, back);
        assertEquals(form.expectedGoalProperty().get(), result.document().goals().expected());
    }
}
