package org.selfeval.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.layout.ReferenceForms;

/**
 * Writes the largest workbooks the import accepts, one per limit, for src/bench/workbook-limits.sh to measure
 * (docs/bad-files.md): each sits just inside its limit of {@link WorkbookLimits}. Argument: the folder.
 */
public final class LimitWorkbooks {

    private LimitWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        byte[] form = BadWorkbooks.referenceForm();
        Files.write(dir.resolve("largest-form.xlsx"), largestForm());
        byte[] edge = HostileWorkbooks.merges(form, WorkbookLimits.MAX_MERGES - 100);
        edge = HostileWorkbooks.longFormatCode(edge, WorkbookLimits.MAX_FORMAT_CODE);
        edge = HostileWorkbooks.styles(edge, WorkbookLimits.MAX_STYLES - 100);
        edge = HostileWorkbooks.customProperties(edge, (int) WorkbookLimits.MAX_PROPERTIES_BYTES - 100_000);
        Files.write(dir.resolve("styles-merges-properties.xlsx"), edge);
        Files.write(dir.resolve("sheets-200.xlsx"), HostileWorkbooks.sheets(form, WorkbookLimits.MAX_SHEETS - 1));
        Files.write(dir.resolve("shared-strings.xlsx"),
                HostileWorkbooks.sharedStrings(form, WorkbookLimits.MAX_SHARED_STRINGS - 1_000));
        int length = (int) (WorkbookLimits.MAX_SHARED_TEXT / (WorkbookLimits.MAX_SHARED_STRINGS / 2));
        Files.write(dir.resolve("shared-text.xlsx"), HostileWorkbooks.sharedStrings(form,
                WorkbookLimits.MAX_SHARED_STRINGS / 2 - 1_000, length));
        fullSheets(dir.resolve("rows-cells-merges.xlsx"));
    }

    /** The form with 10,000 indicator rows (the most a form file may have), exported by the program itself. */
    static byte[] largestForm() throws Exception {
        FormModel model = ReferenceForms.load("reference-2021");
        int more = 10_000 - model.indicators().size();
        for (int i = 0; i < more; i++) {
            var row = model.newIndicator();
            row.level1Property().set("产出指标");
            row.level2Property().set("数量指标");
            row.nameProperty().set("第" + i + "项指标：社区服务中心运行保障服务人次，按季度统计并报送");
            row.targetProperty().set("≥" + i + "人次");
            row.actualProperty().set(i + 3 + "人次");
            row.weightProperty().set(java.math.BigDecimal.ONE);
            row.reasonProperty().set("按计划完成，偏差原因为统计口径调整，下一年度将提前核对口径。");
            model.indicators().add(row);
        }
        XlsxExport export = new XlsxExport(Messages.chinese());
        return export.toBytes(export.snapshot(model));
    }

    /**
     * Two sheets of just under the row limit, their cells and merged regions just under the workbook's totals;
     * the form after them.
     */
    static void fullSheets(Path file) throws IOException {
        int rows = WorkbookLimits.MAX_ROWS - 1;
        int columns = WorkbookLimits.MAX_TOTAL_CELLS / 2 / rows - 1;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            for (int s = 0; s < 2; s++) {
                var sheet = wb.createSheet("S" + s);
                for (int r = 0; r < rows; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < columns; c++) {
                        if (c % 5 == 0) {
                            row.createCell(c).setCellValue("格" + r + "-" + c);
                        } else {
                            row.createCell(c).setCellValue(r * 100.0 + c);
                        }
                    }
                }
                int merges = 0;
                int most = WorkbookLimits.MAX_TOTAL_MERGES / 2 - 10;
                for (int r = 0; r < rows && merges < most; r++) {
                    for (int c = 0; c + 1 < columns && merges < most; c += 2) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, c, c + 1));
                        merges++;
                    }
                }
            }
            wb.createSheet("项目支出绩效自评表").createRow(0).createCell(0).setCellValue("项目名称");
            wb.write(out);
        }
    }
}
