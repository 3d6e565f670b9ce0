package org.selfeval.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A filled-in form as other provinces lay it out, built with POI at test time: its own title, unit, header
 * rows, funds rows and columns, and printed figures. A text starting with {@code =} is written as a formula
 * without a cached value (as files written by other programs have them); {@code =…%} as a formula formatted 0%.
 */
final class ProvinceSheet {

    String title = "项目支出绩效自评表";
    String unit = "万元";
    boolean leaderRow = true;
    boolean annualColumn = true;
    /** Each: label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
    final List<String[]> funds = new ArrayList<>();
    /** Each: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
    final List<String[]> indicators = new ArrayList<>();
    String total = "";

    ProvinceSheet funds(String... cells) {
        funds.add(cells);
        return this;
    }

    ProvinceSheet indicator(String... cells) {
        indicators.add(cells);
        return this;
    }

    Path write(Path dir, String name) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Sheet1");
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            int r = 0;
            put(s, percent, r++, 0, title);
            put(s, percent, r++, 0, "（2022年度）");
            put(s, percent, r++, 0, "项目名称", "", "城市绿化养护");
            put(s, percent, r++, 0, "主管部门", "", "某区绿化局", "", "", "实施单位", "", "某区绿化所");
            if (leaderRow) {
                put(s, percent, r++, 0, "项目负责人", "", "李四", "", "", "联系电话", "", "12345678");
            }
            int fundsTop = r;
            if (annualColumn) {
                put(s, percent, r++, 0, "项目资金（" + unit + "）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值",
                        "执行率", "得分");
            } else {
                put(s, percent, r++, 0, "项目资金（" + unit + "）", "", "", "年初预算数", "全年执行数", "分值", "执行率",
                        "得分");
            }
            for (String[] row : funds) {
                put(s, percent, r++, 2, row);
            }
            s.addMergedRegion(new CellRangeAddress(fundsTop, r - 1, 0, 1));
            int goals = r;
            put(s, percent, r++, 0, "年度总体目标", "预期目标", "", "", "", "实际完成情况");
            put(s, percent, r++, 1, "养护绿地 100 万平方米。", "", "", "", "养护绿地 100 万平方米。");
            s.addMergedRegion(new CellRangeAddress(goals, goals + 1, 0, 0));
            int table = r;
            put(s, percent, r++, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施");
            for (String[] row : indicators) {
                put(s, percent, r++, 1, row);
            }
            put(s, percent, r, 0, "总分", "", "", "", "", "", "100", total);
            s.addMergedRegion(new CellRangeAddress(table, r - 1, 0, 0));
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private static void put(XSSFSheet s, XSSFCellStyle percent, int row, int col, String... texts) {
        XSSFRow r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (t.isEmpty()) {
                continue;
            }
            XSSFCell cell = r.createCell(col + i);
            if (t.startsWith("=")) {
                boolean asPercent = t.endsWith("%");
                cell.setCellFormula(t.substring(1, asPercent ? t.length() - 1 : t.length()));
                if (asPercent) {
                    cell.setCellStyle(percent);
                }
            } else if (t.matches("-?\\d+(\\.\\d+)?")) {
                cell.setCellValue(Double.parseDouble(t));
            } else {
                cell.setCellValue(t);
            }
        }
    }
}
