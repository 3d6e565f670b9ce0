package org.selfeval.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutCell;
import org.selfeval.layout.PageGeometry;

/** Draws a {@link FormLayout} onto a new worksheet: values, formulas with cached results, styles and print setup. */
final class SheetWriter {

    private SheetWriter() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, FormLayout layout, String footer) {
        XSSFSheet sheet = workbook.createSheet(layout.sheetName());
        SheetStyles styles = new SheetStyles(workbook);
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, (int) Math.round(layout.columnWidths().get(c) * 256));
        }
        for (int r = 0; r < layout.rowCount(); r++) {
            sheet.createRow(r).setHeightInPoints(layout.rowHeights().get(r).floatValue());
        }
        boolean[][] taken = new boolean[layout.rowCount()][FormLayout.COLUMNS];
        for (LayoutCell cell : layout.cells()) {
            claim(taken, cell);
            boolean quoted = !cell.isNumber() && startsLikeFormula(cell.text());
            XSSFCellStyle style = styles.style(cell.role(), cell.isNumber() ? cell.numberFormat() : null, quoted,
                    cell.joinsAbove(), cell.joinsBelow(), isPiece(cell));
            // Every cell of a merged area gets the style, or its borders would show only on the first one.
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                XSSFRow row = sheet.getRow(r);
                for (int c = cell.col(); c <= cell.lastCol(); c++) {
                    row.createCell(c).setCellStyle(style);
                }
            }
            fill(sheet.getRow(cell.row()).getCell(cell.col()), cell);
            if (cell.isMerged()) {
                // POI's checked addMergedRegion compares each new area with every one before it, which makes a
                // form of 2000 indicators take seconds; claim() has already ruled out overlaps in linear time.
                sheet.addMergedRegionUnsafe(
                        new CellRangeAddress(cell.row(), cell.lastRow(), cell.col(), cell.lastCol()));
            }
        }
        printSetup(workbook, sheet, layout, footer);
        return sheet;
    }

    /** Marks a cell's area as used; two cells of a plan covering the same place are a bug in the planner. */
    private static void claim(boolean[][] taken, LayoutCell cell) {
        for (int r = cell.row(); r <= cell.lastRow(); r++) {
            for (int c = cell.col(); c <= cell.lastCol(); c++) {
                if (taken[r][c]) {
                    throw new IllegalStateException("layout cells overlap at row " + r + ", column " + c);
                }
                taken[r][c] = true;
            }
        }
    }

    private static void fill(XSSFCell target, LayoutCell cell) {
        if (cell.formula() != null) {
            target.setCellFormula(cell.formula());
            BigDecimal cached = cell.number();
            if (cached != null) {
                target.setCellValue(cached.doubleValue()); // on a formula cell: the cached result
            }
        } else if (cell.isNumber()) {
            target.setCellValue(cell.number().doubleValue());
        } else if (!cell.text().isEmpty()) {
            target.setCellValue(cell.text());
        }
    }

    /** A piece of a text continued over several rows (the first piece, or one that continues the one above). */
    static boolean isPiece(LayoutCell cell) {
        return cell.continuation() == LayoutCell.Continuation.TEXT || cell.joinsBelow();
    }

    /** Text a spreadsheet would take for a formula when the recipient edits the cell. */
    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private static void printSetup(XSSFWorkbook workbook, XSSFSheet sheet, FormLayout layout, String footer) {
        XSSFPrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PaperSize.A4_PAPER);
        ps.setLandscape(false);
        sheet.setFitToPage(true); // without it the fit-to values are ignored
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, PageGeometry.MARGIN_SIDE_INCHES);
        sheet.setMargin(PageMargin.RIGHT, PageGeometry.MARGIN_SIDE_INCHES);
        sheet.setMargin(PageMargin.TOP, PageGeometry.MARGIN_TOP_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, PageGeometry.MARGIN_BOTTOM_INCHES);
        sheet.setMargin(PageMargin.HEADER, PageGeometry.HEADER_INCHES);
        sheet.setMargin(PageMargin.FOOTER, PageGeometry.FOOTER_INCHES);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(footer);
        int last = layout.rowCount() - 1;
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, FormLayout.COLUMNS - 1, 0, last);
        int header = layout.indicatorHeaderRow();
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        // The plan's page breaks, so that the sheet prints the pages the preview shows: merged cells are cut at
        // them and labels repeated after them. They are computed with Excel's column unit; a viewer whose unit is
        // wider (LibreOffice without 宋体) scales the page smaller and leaves some room at each page's foot.
        for (FormLayout.Page page : layout.pages().subList(1, layout.pages().size())) {
            sheet.setRowBreak(page.firstRow() - 1);
        }
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }
}
