package org.selfeval.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.layout.CellRole;
import org.selfeval.layout.TextMetrics;

/**
 * The cell styles of the exported sheet, one per role, number format and quote prefix, created once per
 * workbook (a workbook holds at most 64 000 styles; a style per cell would waste them).
 */
final class SheetStyles {

    /** The Song face Chinese offices print with; viewers without it substitute a similar one. */
    static final String SONG = "宋体";
    /** Vertical, stacked text in the spreadsheet's encoding of rotation. */
    static final short STACKED = 0xFF;

    private final XSSFWorkbook workbook;
    private final XSSFFont body;
    private final XSSFFont title;
    private final XSSFFont subtitle;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    SheetStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        // The default font sets the width unit of the columns; 宋体 makes it half a CJK character everywhere.
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(SONG);
        normal.setCharSet(FontCharset.GB2312);
        normal.setFontHeight(11);
        body = font(TextMetrics.BODY_POINTS, false);
        title = font(TextMetrics.TITLE_POINTS, true);
        subtitle = font(TextMetrics.SUBTITLE_POINTS, false);
    }

    private XSSFFont font(double points, boolean bold) {
        XSSFFont f = workbook.createFont();
        f.setFontName(SONG);
        f.setCharSet(FontCharset.GB2312);
        f.setFontHeight(points);
        f.setBold(bold);
        return f;
    }

    /**
     * The style of a cell; {@code quoted} keeps text that looks like a formula as text when edited; {@code openTop}
     * and {@code openBottom} leave out the border to a piece of the same text above or below; {@code piece}: the
     * cell holds a piece of a text continued over several rows, which reads from the top like a long text.
     */
    XSSFCellStyle style(CellRole role, String numberFormat, boolean quoted, boolean openTop, boolean openBottom,
                        boolean piece) {
        String key = role + "|" + numberFormat + "|" + quoted + "|" + openTop + "|" + openBottom + "|" + piece;
        return styles.computeIfAbsent(key, k -> create(role, numberFormat, quoted, openTop, openBottom, piece));
    }

    private XSSFCellStyle create(CellRole role, String numberFormat, boolean quoted, boolean openTop,
                                 boolean openBottom, boolean piece) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(switch (role) {
            case TITLE -> title;
            case SUBTITLE -> subtitle;
            default -> body;
        });
        s.setWrapText(role != CellRole.TITLE && role != CellRole.SUBTITLE);
        // A label merged down a long block (绩效指标, 产出指标) is drawn once, in the middle of the block: across a
        // page break that is often on the next page, leaving the first without it. At the top it stands where the
        // block begins.
        boolean top = piece || role == CellRole.LONG_TEXT || role == CellRole.VERTICAL_LABEL || role == CellRole.GROUP_LABEL;
        s.setVerticalAlignment(top ? VerticalAlignment.TOP : VerticalAlignment.CENTER);
        s.setAlignment(switch (role) {
            case TEXT, LONG_TEXT -> HorizontalAlignment.LEFT;
            default -> HorizontalAlignment.CENTER;
        });
        if (role == CellRole.VERTICAL_LABEL) {
            s.setRotation(STACKED);
        }
        if (role != CellRole.TITLE && role != CellRole.SUBTITLE) {
            s.setBorderTop(openTop ? BorderStyle.NONE : BorderStyle.THIN);
            s.setBorderBottom(openBottom ? BorderStyle.NONE : BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (numberFormat != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(numberFormat));
        }
        s.setQuotePrefixed(quoted);
        return s;
    }
}
