package org.selfeval.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.io.AtomicFiles;

/**
 * A plain workbook of lists (a summary of many forms, its problems): per sheet a bold header row that stays in
 * view and filters on every column; text as text, figures as numbers. Not the official form: that is
 * {@link XlsxExport}.
 */
public final class TableWorkbook {

    /** Widest column, in characters: long messages wrap rather than push the rest off the screen. */
    private static final int MAX_WIDTH_CHARS = 60;

    /**
     * One sheet.
     *
     * @param name    the sheet's tab (characters a tab cannot hold are replaced)
     * @param headers the column captions
     * @param rows    cells per row: {@link String}, {@link BigDecimal} (two decimals), {@link Integer} or
     *                {@link Long} (whole numbers), or {@code null} for an empty cell
     */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
        public Table {
            Objects.requireNonNull(name, "name");
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }
    }

    private TableWorkbook() {
    }

    /** Writes the tables as a workbook, atomically (a failed write leaves an older file as it was). */
    public static void write(Path target, List<Table> tables) throws IOException {
        AtomicFiles.writeDocument(target, toBytes(tables));
    }

    /** The .xlsx file's bytes. */
    public static byte[] toBytes(List<Table> tables) throws IOException {
        PoiLimits.apply();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont normal = workbook.getFontAt(0);
            normal.setFontName(SheetStyles.SONG);
            normal.setCharSet(FontCharset.GB2312);
            XSSFFont bold = workbook.createFont();
            bold.setFontName(SheetStyles.SONG);
            bold.setCharSet(FontCharset.GB2312);
            bold.setBold(true);
            XSSFCellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            XSSFCellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            XSSFCellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            for (Table table : tables) {
                sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name())), table, header,
                        decimal, wrapped);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(XSSFSheet sheet, Table table, XSSFCellStyle header, XSSFCellStyle decimal,
                              XSSFCellStyle wrapped) {
        int columns = table.headers().size();
        int[] widths = new int[columns];
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(header);
            widths[c] = width(table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> values = table.rows().get(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < Math.min(columns, values.size()); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (value) {
                    case BigDecimal d -> {
                        cell.setCellValue(d.doubleValue()); // a sheet's numbers are doubles; shown with 2 decimals
                        cell.setCellStyle(decimal);
                    }
                    case Integer i -> cell.setCellValue(i);
                    case Long l -> cell.setCellValue(l);
                    default -> {
                        String text = value.toString();
                        cell.setCellValue(text);
                        if (width(text) > MAX_WIDTH_CHARS) {
                            cell.setCellStyle(wrapped);
                        }
                        widths[c] = Math.max(widths[c], width(text));
                    }
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (Math.min(Math.max(widths[c], 6), MAX_WIDTH_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        // Printed, a list reads across: landscape, one page wide, the header on every page.
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(table.rows().size(), 1), 0, columns - 1));
        }
    }

    /** A text's width in half-width characters: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }
}
