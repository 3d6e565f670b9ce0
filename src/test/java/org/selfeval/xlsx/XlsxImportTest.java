package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.scoring.ProfileCatalog;

/** Imports sheets made by others: a central-edition form typed by hand, with the quirks real ones have. */
class XlsxImportTest {

    private final XlsxImport importer = new XlsxImport(ProfileCatalog.builtIn(), Messages.chinese());

    /** The central form of 附1 as a province's template, filled in by hand: no 项目负责人 row, amounts in 元. */
    private static Path centralSheet(Path dir) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Sheet1");
            put(s, 0, 0, "项目支出绩效自评表");
            put(s, 1, 0, "( 2020 年度)");
            put(s, 2, 0, "项 目 名 称", "", "乡村道路养护");
            put(s, 3, 0, "主管部门", "", "某某县交通运输局", "", "", "实施单位", "", "某某县公路段");
            put(s, 4, 0, "项目资金（元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            put(s, 5, 2, "年度资金总额", "1000000", "1000000", "900000", "10", "90%", "9");
            put(s, 6, 2, "其中：当年财政拨款", "1000000", "1000000", "900000", "—", "90%", "—");
            put(s, 7, 2, "上年结转资金", "—", "—", "—", "—", "—", "—");
            put(s, 8, 2, "其他资金", "/", "/", "/", "—", "—", "—");
            put(s, 9, 0, "年度总体目标", "预期目标", "", "", "", "实际完成情况");
            put(s, 10, 1, "养护道路 120 公里。", "", "", "", "养护道路 125 公里。");
            put(s, 11, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                    "得分", "偏差原因分析及改进措施");
            put(s, 12, 1, "产出指标(50分)", "数量指标", "指标1：养护里程", "≥120公里", "125公里", "30", "30");
            put(s, 13, 2, "质量指标", "指标1：", "", "", "", "");
            put(s, 14, 2, "", "……", "", "", "", "");
            put(s, 15, 2, "时效指标", "完工时间", "≤11月", "10月", "20", "20");
            put(s, 16, 1, "效益指标(30分)", "社会效益指标", "通行条件", "改善", "明显改善", "30", "30");
            put(s, 17, 1, "满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", "85%", "10", "9.44",
                    "个别路段施工期间绕行");
            put(s, 18, 0, "总分", "", "", "", "", "", "100", "98.44");
            put(s, 19, 0, "填表人：张三");
            s.addMergedRegion(CellRangeAddress.valueOf("A4:B4"));
            s.addMergedRegion(CellRangeAddress.valueOf("A5:B9"));
            s.addMergedRegion(CellRangeAddress.valueOf("A10:A11"));
            s.addMergedRegion(CellRangeAddress.valueOf("A12:A18"));
            s.addMergedRegion(CellRangeAddress.valueOf("B13:B16"));
            Path file = dir.resolve("central.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private static void put(XSSFSheet s, int row, int col, String... texts) {
        XSSFRow r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                r.createCell(col + i).setCellValue(texts[i]);
            }
        }
    }

    @Test
    void readsAHandMadeCentralSheetByItsLabels(@TempDir Path dir) throws Exception {
        ImportResult result = importer.read(centralSheet(dir));
        FormDocument doc = result.document();
        assertEquals("yuan-no-leader", doc.edition(), "元 and no leader row: the closest preset");
        assertEquals("项目支出绩效自评表", doc.rules().title(), "the sheet's own title");
        assertEquals("元", doc.rules().amountUnit());
        assertEquals(2020, doc.header().year());
        assertEquals("乡村道路养护", doc.header().projectName());
        assertEquals("某某县交通运输局", doc.header().department());
        assertEquals("某某县公路段", doc.header().implementingUnit());
        assertEquals("", doc.header().projectLeader());
        assertEquals(0, new BigDecimal("1000000").compareTo(doc.funds().total().initialBudget()), "kept in 元");
        assertEquals(0, new BigDecimal("900000").compareTo(doc.funds().currentYear().executed()));
        assertNull(doc.funds().carriedOver().initialBudget(), "— is empty");
        assertNull(doc.funds().other().annualBudget(), "/ is empty");
        assertEquals(0, BigDecimal.TEN.compareTo(doc.funds().executionWeight()));
        assertEquals("养护道路 120 公里。", doc.goals().expected());
        assertEquals("养护道路 125 公里。", doc.goals().achieved());

        List<FormDocument.Indicator> rows = doc.indicators();
        assertEquals(List.of("养护里程", "完工时间", "通行条件", "群众满意度"),
                rows.stream().map(FormDocument.Indicator::name).toList(), "template rows 指标1： and …… skipped");
        assertEquals(List.of("产出指标", "产出指标", "效益指标", "满意度指标"),
                rows.stream().map(FormDocument.Indicator::level1).toList(), "(50分) dropped, merged 一级 carried");
        assertEquals("时效指标", rows.get(1).level2());
        assertEquals(false, rows.get(0).scoreManual(), "30 is what the rules suggest");
        assertEquals(true, rows.get(2).scoreManual(), "a qualitative score is kept as typed");
        assertEquals(0, new BigDecimal("9.44").compareTo(rows.get(3).score()));
        assertEquals("个别路段施工期间绕行", rows.get(3).reason());

        List<String> notes = result.notes().stream().map(n -> n.describe(Messages.chinese())).toList();
        assertTrue(notes.contains("按表中标题，表名为“项目支出绩效自评表”。"), notes.toString());
        assertTrue(notes.contains("A20：无法识别的内容，未导入：“填表人：张三”"), notes.toString());
        assertTrue(notes.contains("按“金额以元计，无项目负责人行（财政项目支出绩效自评表）”版式导入。"), notes.toString());
    }

    @Test
    void aWorkbookWithoutTheFormIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("工资表");
            wb.write(out);
        }
        XlsxReadException e = assertThrows(XlsxReadException.class, () -> importer.read(file));
        assertEquals("xlsx.error.notAForm", e.messageKey());
        // Named like every other refusal of a file: the window and the command line show this line alone.
        assertTrue(e.describe(Messages.chinese()).contains(file.toString()), e.describe(Messages.chinese()));
        assertTrue(e.describe(Messages.forLocale(java.util.Locale.ENGLISH)).contains(file.toString()));

        Path notXlsx = Files.writeString(dir.resolve("form.xlsx"), "{\"format\":\"selfeval.form\"}");
        assertEquals("xlsx.error.notWorkbook",
                assertThrows(XlsxReadException.class, () -> importer.read(notXlsx)).messageKey());
        assertEquals("io.error.notFound",
                assertThrows(XlsxReadException.class, () -> importer.read(dir.resolve("none.xlsx"))).messageKey());
    }
}
